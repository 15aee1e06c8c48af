// SPDX-License-Identifier: GPL-3.0-or-later
// Cameras behind one small interface: a frame or the reason there is none. The URI names the source and is
// stored with every scan and photo, so a simulated frame (sim://) can never pass for a real one.
#pragma once

#include "devices/error.h"

#include <opencv2/core.hpp>

#include <deque>
#include <memory>
#include <mutex>
#include <string>

namespace prep::devices {

class Camera
{
public:
    virtual ~Camera() = default;
    // The next frame (BGR, 8 bits per channel).
    virtual Result<cv::Mat> grabFrame() = 0;
    virtual std::string uri() const = 0;
};

// Opens a camera by URI:
//   v4l2:///dev/video0         a V4L2 device (OpenCV VideoCapture, CAP_V4L2)
//   file:///path/clip.mp4      a video file, frame by frame
//   dir:///path/dir            a capture folder: each grab is the newest image written into it
//   folder:///path/dir         the images of a folder in name order, replayed as frames (loops)
//   image:///path/photo.png    one still image, returned on every grab
//   rtsp://..., http(s)://...  a network stream
//   sim:// or sim://name       a SimulatedCamera (shows what the test or demo gives it)
Result<std::unique_ptr<Camera>> openCamera(const std::string& uri);

// A camera for tests and the demo: returns the frames it was shown, oldest first; the last one stays on screen.
class SimulatedCamera : public Camera
{
public:
    explicit SimulatedCamera(std::string name = "");
    void show(cv::Mat frame);
    // Queues frames to be returned once each, before the last shown frame is repeated.
    void queue(cv::Mat frame);
    // The next grab fails with this error (a named fault, like a camera unplugged mid-preparation).
    void failNextGrab(DeviceError error);

    Result<cv::Mat> grabFrame() override;
    std::string uri() const override;

private:
    std::string m_name;
    mutable std::mutex m_mutex;
    std::deque<cv::Mat> m_queue;
    cv::Mat m_current;
    std::deque<DeviceError> m_faults;
};

} // namespace prep::devices
