// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample_content.h"

namespace prep::test {

labels::LabelContent azacitidineLabel()
{
    labels::LabelContent c;
    c.patientName = "TESTPATIENT Marie";
    c.patientBirthDate = "12/03/1950";
    c.drugInn = "AZACITIDINE";
    c.doseText = "68 mg";
    c.volumeText = "2,72 mL";
    c.concentrationText = "25 mg/mL";
    c.route = "voie sous-cutanée";
    c.syringeText = "Seringue 1/2";
    c.preparedAt = "22/11/2026 20:30";
    c.expiresAt = "24/11/2026 20:30";
    c.storage = "À conserver entre +2 °C et +8 °C";
    c.handling = "Rouler la seringue entre les paumes avant injection ; 30 min maximum à température ambiante";
    c.cytotoxicWarning = "CYTOTOXIQUE : manipuler avec des gants, éliminer en DASRI";
    c.preparationNumber = "P-20261122-0001";
    c.prescriber = "Dr FICTIF Paul";
    c.puiName = "PUI Centre Hospitalier Exemple";
    c.puiAddress = "1 rue de l'Exemple, 01000 Bourg-en-Bresse";
    c.puiPhone = "04 00 00 00 00";
    // GS1 requires (01) with (7003) and (10): the site's fictitious preparation GTIN.
    c.barcodeData = std::string("01") + "03012345000093" + "7003" + "2611242030" + "\x1d" + "10" + "P-20261122-0001";
    c.barcodeHri = "(01)03012345000093 (7003)2611242030 (10)P-20261122-0001";
    c.protectFromLight = true;
    return c;
}

labels::LabelContent bortezomibLabel()
{
    labels::LabelContent c = azacitidineLabel();
    c.drugInn = "BORTÉZOMIB";
    c.doseText = "2,36 mg";
    c.volumeText = "0,94 mL";
    c.concentrationText = "2,5 mg/mL";
    c.syringeText = "Seringue 1/1";
    c.handling = "Ne pas agiter";
    c.preparationNumber = "P-20261122-0002";
    c.barcodeData = std::string("01") + "03012345000093" + "7003" + "2611230430" + "\x1d" + "10" + "P-20261122-0002";
    c.barcodeHri = "(01)03012345000093 (7003)2611230430 (10)P-20261122-0002";
    c.protectFromLight = false;
    return c;
}

} // namespace prep::test
