// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/demo_bench.h"

#include "devices/camera/label_photo.h"
#include "devices/camera/vial_photo.h"

#include <opencv2/imgcodecs.hpp>

#include <cstdio>

namespace prep::station {

namespace {

std::string yymmdd(std::chrono::year_month_day d)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d%02u%02u", int(d.year()) % 100, unsigned(d.month()), unsigned(d.day()));
    return buf;
}

} // namespace

DemoBench::DemoBench(std::unique_ptr<devices::SimulatedScale> scale, std::unique_ptr<devices::Camera> camera)
    : m_scale(std::move(scale))
    , m_cameraOwner(std::move(camera))
    , m_camera(dynamic_cast<devices::SimulatedCamera*>(m_cameraOwner.get()))
    , m_rng(std::random_device{}())
{}

Result<std::unique_ptr<DemoBench>> DemoBench::start()
{
    auto scale = devices::SimulatedScale::start();
    if (!scale)
        return makeError(Error::Kind::Device, "scale simulator: " + scale.error().message);
    auto camera = devices::openCamera("sim://isolator-camera");
    if (!camera)
        return makeError(Error::Kind::Device, "camera: " + camera.error().message);
    if (!dynamic_cast<devices::SimulatedCamera*>(camera->get()))
        return makeError(Error::Kind::Device, "sim:// did not give a simulated camera");
    return std::unique_ptr<DemoBench>(new DemoBench(std::move(*scale), std::move(*camera)));
}

void DemoBench::placeReferenceWeight()
{
    m_scale->simulator().placeLoad(kReferenceWeightGrams);
}

void DemoBench::clearPan()
{
    m_scale->simulator().placeLoad(0.0);
}

void DemoBench::placeVial()
{
    m_vialGrams = 12.0 + static_cast<double>(m_rng() % 1500) / 1000.0;
    m_vialChangeGrams = 0;
    m_scale->simulator().placeLoad(m_vialGrams);
}

void DemoBench::addDiluent(double millilitres, double gramsPerMl, double bias)
{
    m_vialChangeGrams = millilitres * gramsPerMl * bias;
    placeCurrentVial();
}

void DemoBench::placeCurrentVial()
{
    m_scale->simulator().placeLoad(m_vialGrams + m_vialChangeGrams);
}

void DemoBench::placeEmptySyringe()
{
    m_emptySyringeGrams = 4.0 + static_cast<double>(m_rng() % 900) / 1000.0;
    m_scale->simulator().placeLoad(m_emptySyringeGrams);
}

void DemoBench::fillSyringe(const db::PreparationRecord& preparation, double densityGramsPerMl, double bias,
                            FillFrom from)
{
    const double drawn = preparation.targetVolumeMl * densityGramsPerMl * bias;
    if (from == FillFrom::Vial)
        m_vialChangeGrams -= drawn;
    m_scale->simulator().placeLoad(m_emptySyringeGrams + (from == FillFrom::Air ? 0.0 : drawn));
}

Result<Ok> DemoBench::presentVial(const std::string& gtin, const std::string& lot, std::chrono::year_month_day expiry)
{
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::string serial;
    for (int i = 0; i < 12; ++i)
        serial += kAlphabet[m_rng() % (sizeof kAlphabet - 1)];
    const std::string gs1 = "01" + gtin + "17" + yymmdd(expiry) + "10" + lot + "\x1d" + "21" + serial;
    auto photo = devices::renderVialPhoto(gs1);
    if (!photo)
        return makeError(Error::Kind::Device, "vial photo: " + photo.error().message);
    m_camera->show(*photo);
    return Ok{};
}

Result<Ok> DemoBench::presentPrintedLabel(const std::filesystem::path& printedPage)
{
    const cv::Mat page = cv::imread(printedPage.string(), cv::IMREAD_COLOR);
    if (page.empty())
        return makeError(Error::Kind::Invalid, "cannot read the printed label image " + printedPage.string());
    // Held by hand: turned a little, tilted a little, never quite in focus.
    std::uniform_real_distribution<double> u(0.0, 1.0);
    devices::LabelPhotoOptions o;
    o.labelWidthFraction = 0.6 + 0.15 * u(m_rng);
    o.rotationDegrees = -15 + 30 * u(m_rng);
    o.tiltDegrees = 20 * u(m_rng);
    o.pitchDegrees = -10 + 20 * u(m_rng);
    o.blurSigma = 0.6;
    o.noiseSigma = 2;
    o.seed = unsigned(m_rng());
    auto photo = devices::photographLabel(page, o);
    if (!photo)
        return makeError(Error::Kind::Device, "label photo: " + photo.error().message);
    m_camera->show(*photo);
    return Ok{};
}

} // namespace prep::station
