// SPDX-License-Identifier: GPL-3.0-or-later
// Everything a preparation label states, already formatted by the workflow (French by default). The labels layer
// lays these texts out; it never computes a dose, a date or a time zone itself, so what is printed is exactly what
// the workflow decided and recorded.
#pragma once

#include <string>

namespace prep::labels {

// Values only: captions such as "Né(e) le" or "À utiliser avant le" come from the template, so a field holds
// "12/03/1950", not "Né(e) le 12/03/1950".
struct LabelContent
{
    std::string patientName;       // "DUPONT Marie" (birth name in capitals, then first names)
    std::string patientBirthDate;  // "12/03/1950"
    std::string drugInn;           // "AZACITIDINE" (INN, printed in large characters)
    std::string doseText;          // "68 mg"
    std::string volumeText;        // "2,72 mL"
    std::string concentrationText; // "25 mg/mL"
    std::string route;             // "voie sous-cutanée"
    std::string syringeText;       // "Seringue 1/2"
    std::string preparedAt;        // "22/11/2026 20:30" (Europe/Paris)
    std::string expiresAt;         // "23/11/2026 20:30" (Europe/Paris), the DLU
    std::string storage;           // "À conserver entre +2 °C et +8 °C"
    std::string handling;          // "Rouler la seringue entre les paumes avant injection ..."
    std::string cytotoxicWarning;  // "CYTOTOXIQUE : manipuler avec des gants, éliminer en DASRI"
    std::string preparationNumber; // "P-20261122-0001" (ordonnancier / batch number)
    std::string prescriber;        // "Dr Martin"
    std::string puiName;           // "PUI Centre Hospitalier ..."
    std::string puiAddress;        // "1 rue ..., 01000 Bourg-en-Bresse"
    std::string puiPhone;          // "04 00 00 00 00" (24 h line)
    // GS1 element string for the DataMatrix (the cooler label: the SSCC "(00)…" for its GS1-128), GS (\x1d) after
    // variable or non-predefined-length fields, e.g. "7003" "2611232030" "\x1d" "10" "P-20261122-0001". Bracketed HRI
    // "(7003)...(10)..." is accepted too. Never a patient name: the barcode travels outside the hospital.
    std::string barcodeData;
    std::string barcodeHri; // "(7003)2611232030(10)P-20261122-0001", printed under the symbol
    // The cooler (bag) label: which shipment, what it holds and when it was packed; never a patient or a drug.
    std::string shipmentNumber;    // "S-20261122-0001"
    std::string doseCount;         // "2"
    std::string packedAt;          // "22/11/2026 21:10" (Europe/Paris)
    std::string loggerSerial;      // the temperature logger travelling in the cooler, which names the cooler
    bool protectFromLight = false; // prints the template's "à l'abri de la lumière" mention
    bool duplicate = false;        // a reprint: prints "DUPLICATA"
};

} // namespace prep::labels
