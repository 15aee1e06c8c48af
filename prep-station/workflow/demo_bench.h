// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated isolator bench used by the demo and by `prepstation --demo`: a scale simulator reached over a
// real Modbus TCP socket on 127.0.0.1, a simulated camera, the real barcode reader, and the hands of a
// technician (placing a reference weight, an empty syringe, filling it, presenting a vial to the camera).
#pragma once

#include "devices/barcode/contained_barcode_reader.h"
#include "devices/camera/camera.h"
#include "devices/scale/simulated_scale.h"
#include "prep-station/workflow/isolator_session.h"

#include <filesystem>
#include <memory>
#include <random>

namespace prep::station {

class DemoBench
{
public:
    static Result<std::unique_ptr<DemoBench>> start();

    IsolatorDevices devices() { return IsolatorDevices{*m_scale, *m_camera, m_reader}; }
    // The site's weighing rules with the one exception this bench needs: its scale is a simulator (sim://).
    static WeighingRules weighingRules()
    {
        WeighingRules rules;
        rules.allowSimulatedScale = true;
        return rules;
    }
    devices::Scale& scale() { return *m_scale; }
    devices::SimulatedCamera& camera() { return *m_camera; }
    const devices::ContainedBarcodeReader& reader() const { return m_reader; }

    static constexpr double kReferenceWeightGrams = 10.0;
    void placeReferenceWeight();
    void clearPan();
    // A vial on the pan (of powder, or of a ready-to-use solution), then the protocol's diluent volume added to it
    // (off by `bias`).
    void placeVial();
    void addDiluent(double millilitres, double gramsPerMl, double bias = 1.0);
    // The vial back on the pan as it is now (less what the syringes drew from it), for the cross-check.
    void placeCurrentVial();
    // An empty syringe with its cap (a different mass each time, as in real life).
    void placeEmptySyringe();
    // Where the liquid in the syringe comes from: the vial (the vial loses it), the diluent bag (the syringe gains
    // the right mass, the vial loses none) or nothing (air: volume drawn, no mass).
    enum class FillFrom { Vial, Diluent, Air };
    // Fills the syringe on the pan with the preparation's target volume, off by `bias` (1.006 = +0.6 %).
    void fillSyringe(const db::PreparationRecord& preparation, double densityGramsPerMl, double bias = 1.006,
                     FillFrom from = FillFrom::Vial);
    // Shows the camera a photo of a vial of `gtin` carrying a GS1 DataMatrix with a fresh serial.
    Result<Ok> presentVial(const std::string& gtin, const std::string& lot, std::chrono::year_month_day expiry);
    // Shows the camera a photo of the printed label (`printedPage`: the page as printed, e.g. the PDF rasterised
    // at 300 dpi), held up at an angle in the cluttered isolator, as a technician presents it for read-back.
    Result<Ok> presentPrintedLabel(const std::filesystem::path& printedPage);

private:
    DemoBench(std::unique_ptr<devices::SimulatedScale> scale, std::unique_ptr<devices::Camera> camera);

    std::unique_ptr<devices::SimulatedScale> m_scale;
    std::unique_ptr<devices::Camera> m_cameraOwner;
    devices::SimulatedCamera* m_camera;
    devices::ContainedBarcodeReader m_reader;
    std::mt19937_64 m_rng;
    double m_emptySyringeGrams = 0;
    double m_vialGrams = 0;       // the vial as placed first (glass, stopper, powder or solution)
    double m_vialChangeGrams = 0; // diluent added, minus what the syringes drew
};

} // namespace prep::station
