// SPDX-License-Identifier: GPL-3.0-or-later
#include "devices/camera/camera.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include <algorithm>
#include <filesystem>

namespace prep::devices {

namespace {

// Frames are handed out as 8-bit BGR whatever the source gives (grey PNGs, 16-bit TIFFs, BGRA).
cv::Mat toBgr8(const cv::Mat& in)
{
    cv::Mat m = in;
    if (m.depth() != CV_8U) {
        cv::Mat scaled;
        m.convertTo(scaled, CV_8U, m.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
        m = scaled;
    }
    cv::Mat out;
    if (m.channels() == 1)
        cv::cvtColor(m, out, cv::COLOR_GRAY2BGR);
    else if (m.channels() == 4)
        cv::cvtColor(m, out, cv::COLOR_BGRA2BGR);
    else
        out = m;
    return out;
}

std::string afterScheme(const std::string& uri, std::string_view scheme)
{
    return uri.substr(scheme.size());
}

class VideoCaptureCamera : public Camera
{
public:
    VideoCaptureCamera(std::string uri, cv::VideoCapture capture)
        : m_uri(std::move(uri))
        , m_capture(std::move(capture))
    {}
    Result<cv::Mat> grabFrame() override
    {
        cv::Mat frame;
        if (!m_capture.read(frame) || frame.empty())
            return makeDeviceError(DeviceError::Kind::Io, m_uri + ": no frame (end of stream or device lost)");
        return toBgr8(frame);
    }
    std::string uri() const override { return m_uri; }

private:
    std::string m_uri;
    cv::VideoCapture m_capture;
};

class ImageCamera : public Camera
{
public:
    ImageCamera(std::string uri, cv::Mat image)
        : m_uri(std::move(uri))
        , m_image(std::move(image))
    {}
    Result<cv::Mat> grabFrame() override { return m_image.clone(); }
    std::string uri() const override { return m_uri; }

private:
    std::string m_uri;
    cv::Mat m_image;
};

bool isImageFile(const std::filesystem::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    for (const char* e : {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".pgm", ".ppm", ".webp"})
        if (ext == e)
            return true;
    return false;
}

// A folder that a capture program (or a person) writes frames into: each grab is the newest image, as a live
// camera shows what is in front of it now. Partly written or unreadable files are passed over for the next newest.
class CaptureFolderCamera : public Camera
{
public:
    CaptureFolderCamera(std::string uri, std::filesystem::path dir)
        : m_uri(std::move(uri))
        , m_dir(std::move(dir))
    {}
    Result<cv::Mat> grabFrame() override
    {
        std::error_code ec;
        std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> frames;
        for (const auto& entry : std::filesystem::directory_iterator(m_dir, ec)) {
            std::error_code e2;
            if (entry.is_regular_file(e2) && isImageFile(entry.path()))
                frames.emplace_back(entry.last_write_time(e2), entry.path());
        }
        if (ec)
            return makeDeviceError(DeviceError::Kind::Unreachable, m_uri + ": cannot list the folder: " + ec.message());
        std::sort(frames.begin(), frames.end(), [](const auto& a, const auto& b) { return a > b; });
        for (const auto& frame : frames) {
            cv::Mat image = cv::imread(frame.second.string(), cv::IMREAD_UNCHANGED);
            if (!image.empty())
                return toBgr8(image);
        }
        return makeDeviceError(DeviceError::Kind::Io,
                               m_uri + (frames.empty() ? ": no frame in the folder yet" : ": no readable frame"));
    }
    std::string uri() const override { return m_uri; }

private:
    std::string m_uri;
    std::filesystem::path m_dir;
};

class FolderCamera : public Camera
{
public:
    FolderCamera(std::string uri, std::vector<std::filesystem::path> files)
        : m_uri(std::move(uri))
        , m_files(std::move(files))
    {}
    Result<cv::Mat> grabFrame() override
    {
        // Unreadable files are skipped, as a camera drops a bad frame; a folder with none readable fails.
        for (size_t tries = 0; tries < m_files.size(); ++tries) {
            const auto& path = m_files[m_next];
            m_next = (m_next + 1) % m_files.size();
            cv::Mat image = cv::imread(path.string(), cv::IMREAD_UNCHANGED);
            if (!image.empty())
                return toBgr8(image);
        }
        return makeDeviceError(DeviceError::Kind::Io, m_uri + ": no readable image in the folder");
    }
    std::string uri() const override { return m_uri; }

private:
    std::string m_uri;
    std::vector<std::filesystem::path> m_files;
    size_t m_next = 0;
};

} // namespace

Result<std::unique_ptr<Camera>> openCamera(const std::string& uri)
{
    auto fail = [&](DeviceError::Kind kind, const std::string& why) { return makeDeviceError(kind, uri + ": " + why); };
    if (uri.rfind("sim://", 0) == 0)
        return std::unique_ptr<Camera>(std::make_unique<SimulatedCamera>(afterScheme(uri, "sim://")));
    if (uri.rfind("image://", 0) == 0) {
        const std::string path = afterScheme(uri, "image://");
        cv::Mat image = cv::imread(path, cv::IMREAD_UNCHANGED);
        if (image.empty())
            return fail(DeviceError::Kind::NotFound, "cannot read the image");
        return std::unique_ptr<Camera>(std::make_unique<ImageCamera>(uri, toBgr8(image)));
    }
    if (uri.rfind("folder://", 0) == 0) {
        const std::filesystem::path dir = afterScheme(uri, "folder://");
        std::error_code ec;
        std::vector<std::filesystem::path> files;
        for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
            if (entry.is_regular_file() && isImageFile(entry.path()))
                files.push_back(entry.path());
        if (ec)
            return fail(DeviceError::Kind::NotFound, "cannot list the folder: " + ec.message());
        if (files.empty())
            return fail(DeviceError::Kind::NotFound, "no image files in the folder");
        std::sort(files.begin(), files.end());
        return std::unique_ptr<Camera>(std::make_unique<FolderCamera>(uri, std::move(files)));
    }
    if (uri.rfind("dir://", 0) == 0) {
        const std::filesystem::path dir = afterScheme(uri, "dir://");
        std::error_code ec;
        if (!std::filesystem::is_directory(dir, ec))
            return fail(DeviceError::Kind::NotFound, "no such folder");
        return std::unique_ptr<Camera>(std::make_unique<CaptureFolderCamera>(uri, dir));
    }
    cv::VideoCapture capture;
    if (uri.rfind("v4l2://", 0) == 0) {
        const std::string device = afterScheme(uri, "v4l2://");
        if (!capture.open(device, cv::CAP_V4L2))
            return fail(DeviceError::Kind::Unreachable, "cannot open the V4L2 device");
        // The isolator camera's native resolution; the reader is tuned for 1280x960 frames.
        capture.set(cv::CAP_PROP_FRAME_WIDTH, 1280);
        capture.set(cv::CAP_PROP_FRAME_HEIGHT, 960);
    } else if (uri.rfind("file://", 0) == 0) {
        const std::string path = afterScheme(uri, "file://");
        if (!std::filesystem::exists(path))
            return fail(DeviceError::Kind::NotFound, "no such video file");
        if (!capture.open(path))
            return fail(DeviceError::Kind::Config, "cannot decode the video file");
    } else if (uri.rfind("rtsp://", 0) == 0 || uri.rfind("http://", 0) == 0 || uri.rfind("https://", 0) == 0) {
        if (!capture.open(uri))
            return fail(DeviceError::Kind::Unreachable, "cannot open the network stream");
    } else {
        return fail(
            DeviceError::Kind::Config,
            "unknown camera URI (expected v4l2://, file://, dir://, folder://, image://, rtsp://, http://, sim://)");
    }
    return std::unique_ptr<Camera>(std::make_unique<VideoCaptureCamera>(uri, std::move(capture)));
}

SimulatedCamera::SimulatedCamera(std::string name)
    : m_name(std::move(name))
{}

void SimulatedCamera::show(cv::Mat frame)
{
    std::lock_guard lock(m_mutex);
    m_queue.clear();
    m_current = std::move(frame);
}

void SimulatedCamera::queue(cv::Mat frame)
{
    std::lock_guard lock(m_mutex);
    m_queue.push_back(std::move(frame));
}

void SimulatedCamera::failNextGrab(DeviceError error)
{
    std::lock_guard lock(m_mutex);
    m_faults.push_back(std::move(error));
}

Result<cv::Mat> SimulatedCamera::grabFrame()
{
    std::lock_guard lock(m_mutex);
    if (!m_faults.empty()) {
        DeviceError e = std::move(m_faults.front());
        m_faults.pop_front();
        return e;
    }
    if (!m_queue.empty()) {
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
    }
    if (m_current.empty())
        return makeDeviceError(DeviceError::Kind::Unreachable, uri() + ": nothing in front of the simulated camera");
    return toBgr8(m_current).clone();
}

std::string SimulatedCamera::uri() const
{
    return "sim://" + m_name;
}

} // namespace prep::devices
