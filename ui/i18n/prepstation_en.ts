<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Message</name>
    <message>
        <source>the scan is not a valid GS1 code: %1</source>
        <translation>the scan is not a valid GS1 code: %1</translation>
    </message>
    <message>
        <source>the scale cannot be used: %1</source>
        <translation>the scale cannot be used: %1</translation>
    </message>
    <message>
        <source>connected, but no stable reading: %1</source>
        <translation>connected, but no stable reading: %1</translation>
    </message>
    <message>
        <source>connected, stable reading %1 g (%2)</source>
        <translation>connected, stable reading %1 g (%2)</translation>
    </message>
    <message>
        <source>simulated camera: shows what the simulated bench presents</source>
        <translation>simulated camera: shows what the simulated bench presents</translation>
    </message>
    <message>
        <source>the camera cannot be used: %1</source>
        <translation>the camera cannot be used: %1</translation>
    </message>
    <message>
        <source>opened, but no frame: %1</source>
        <translation>opened, but no frame: %1</translation>
    </message>
    <message>
        <source>frame %1x%2</source>
        <translation>frame %1x%2</translation>
    </message>
    <message>
        <source>the printer cannot be used: %1</source>
        <translation>the printer cannot be used: %1</translation>
    </message>
    <message>
        <source>the printer answers: %1</source>
        <translation>the printer answers: %1</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>writable</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>cannot write in %1</translation>
    </message>
    <message>
        <source>the device cannot be reached (%1)</source>
        <translation>the device cannot be reached (%1)</translation>
    </message>
    <message>
        <source>the device did not answer in time (%1)</source>
        <translation>the device did not answer in time (%1)</translation>
    </message>
    <message>
        <source>the weight did not become stable (%1)</source>
        <translation>the weight did not become stable (%1)</translation>
    </message>
    <message>
        <source>the scale is overloaded (%1)</source>
        <translation>the scale is overloaded (%1)</translation>
    </message>
    <message>
        <source>the scale is below its zero (%1)</source>
        <translation>the scale is below its zero (%1)</translation>
    </message>
    <message>
        <source>the device answered something unexpected (%1)</source>
        <translation>the device answered something unexpected (%1)</translation>
    </message>
    <message>
        <source>the device is not configured correctly (%1)</source>
        <translation>the device is not configured correctly (%1)</translation>
    </message>
    <message>
        <source>the connection to the device failed (%1)</source>
        <translation>the connection to the device failed (%1)</translation>
    </message>
    <message>
        <source>nothing was found (%1)</source>
        <translation>nothing was found (%1)</translation>
    </message>
    <message>
        <source>the device refused the request (%1)</source>
        <translation>the device refused the request (%1)</translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation>cancelled (%1)</translation>
    </message>
    <message>
        <source>device fault (%1)</source>
        <translation>device fault (%1)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>protocol %1: days %2 of %3</source>
        <translation>protocol %1: days %2 of %3</translation>
    </message>
    <message>
        <source>protocol %1: days %2</source>
        <translation>protocol %1: days %2</translation>
    </message>
    <message>
        <source>%1 mg/m²</source>
        <translation>%1 mg/m²</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>order %1 (%2)</source>
        <translation>order %1 (%2)</translation>
    </message>
    <message>
        <source>the order gives no cycle and day: check the day against the treatment plan (%1)</source>
        <translation>the order gives no cycle and day: check the day against the treatment plan (%1)</translation>
    </message>
    <message>
        <source>cycle and day &apos;%1&apos; are not of the form C1J4: check them (%2)</source>
        <translation>cycle and day &apos;%1&apos; are not of the form C1J4: check them (%2)</translation>
    </message>
    <message>
        <source>%1: day %2 does not exist in a %3-day cycle of %4: the prescription must be corrected</source>
        <translation>%1: day %2 does not exist in a %3-day cycle of %4: the prescription must be corrected</translation>
    </message>
    <message>
        <source>%1: day %2 is not a treatment day (%3)</source>
        <translation>%1: day %2 is not a treatment day (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 is a treatment day (%3)</source>
        <translation>%1: day %2 is a treatment day (%3)</translation>
    </message>
    <message>
        <source>protocol %1 sets no minimum interval between doses</source>
        <translation>protocol %1 sets no minimum interval between doses</translation>
    </message>
    <message>
        <source>the protocol asks at least %1</source>
        <translation>the protocol asks at least %1</translation>
    </message>
    <message>
        <source>%1 %2 mg/m² on %3 (%4), %5 ago</source>
        <translation>%1 %2 mg/m² on %3 (%4), %5 ago</translation>
    </message>
    <message>
        <source>%1; this order (%2) must not be given before %3; %4</source>
        <translation>%1; this order (%2) must not be given before %3; %4</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 is scheduled %2 from this dose (%3); %4</source>
        <translation>%1 is scheduled %2 from this dose (%3); %4</translation>
    </message>
    <message>
        <source>last %1 dose on %2, %3 ago; %4</source>
        <translation>last %1 dose on %2, %3 ago; %4</translation>
    </message>
    <message>
        <source>no other %1 dose recorded for this patient within %2</source>
        <translation>no other %1 dose recorded for this patient within %2</translation>
    </message>
    <message>
        <source>protocol %1 is a fixed dose: no mg/m² level to check</source>
        <translation>protocol %1 is a fixed dose: no mg/m² level to check</translation>
    </message>
    <message>
        <source>%1 mg/m² is not between 0 and the full dose of %2 (%3 mg/m²)</source>
        <translation>%1 mg/m² is not between 0 and the full dose of %2 (%3 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m²: the full dose of %2</source>
        <translation>%1 mg/m²: the full dose of %2</translation>
    </message>
    <message>
        <source>%1 mg/m²: a reduced dose (full dose %2 mg/m²)</source>
        <translation>%1 mg/m²: a reduced dose (full dose %2 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m² is not a dose level of %2 (%3 mg/m²)</source>
        <translation>%1 mg/m² is not a dose level of %2 (%3 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m²: the full dose of %2 (%3 mg/m²)</source>
        <translation>%1 mg/m²: the full dose of %2 (%3 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m²: reduction level %2 of %3 (%4 mg/m²)</source>
        <translation>%1 mg/m²: reduction level %2 of %3 (%4 mg/m²)</translation>
    </message>
    <message>
        <source>protocol %1 is a fixed dose: no dose to recompute from height and weight</source>
        <translation>protocol %1 is a fixed dose: no dose to recompute from height and weight</translation>
    </message>
    <message>
        <source>the order has no usable height, weight or mg/m² level: the dose cannot be recomputed</source>
        <translation>the order has no usable height, weight or mg/m² level: the dose cannot be recomputed</translation>
    </message>
    <message>
        <source>ordered %1 mg (as sent by the prescriber&apos;s system) against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %</source>
        <translation>ordered %1 mg (as sent by the prescriber&apos;s system) against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %</translation>
    </message>
    <message>
        <source>ordered %1 mg against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %</source>
        <translation>ordered %1 mg against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %</translation>
    </message>
    <message>
        <source>%1; the site policy sets no deviation limit: compare by hand</source>
        <translation>%1; the site policy sets no deviation limit: compare by hand</translation>
    </message>
    <message>
        <source>%1; the site allows %2 %, stops above %3 %</source>
        <translation>%1; the site allows %2 %, stops above %3 %</translation>
    </message>
    <message>
        <source>protocol %1 is a fixed dose: no BSA is used</source>
        <translation>protocol %1 is a fixed dose: no BSA is used</translation>
    </message>
    <message>
        <source>protocol %1 sets no BSA cap</source>
        <translation>protocol %1 sets no BSA cap</translation>
    </message>
    <message>
        <source>BSA %1 m² (%2, %3 cm, %4 kg)</source>
        <translation>BSA %1 m² (%2, %3 cm, %4 kg)</translation>
    </message>
    <message>
        <source>%1 is above the cap of %2 (%3 m²): the dose is computed on %3 m²</source>
        <translation>%1 is above the cap of %2 (%3 m²): the dose is computed on %3 m²</translation>
    </message>
    <message>
        <source>%1 is within the cap of %2 (%3 m²)</source>
        <translation>%1 is within the cap of %2 (%3 m²)</translation>
    </message>
    <message>
        <source>%1 was entered the same day (%2) and this order gives no cycle and day: check it is not the same dose</source>
        <translation>%1 was entered the same day (%2) and this order gives no cycle and day: check it is not the same dose</translation>
    </message>
    <message>
        <source>no other %1 order for this patient entered the same day</source>
        <translation>no other %1 order for this patient entered the same day</translation>
    </message>
    <message>
        <source>%1, entered %2, is for the same patient, drug and day (%3): cancel one of them</source>
        <translation>%1, entered %2, is for the same patient, drug and day (%3): cancel one of them</translation>
    </message>
    <message>
        <source>no other %1 order for this patient on %2</source>
        <translation>no other %1 order for this patient on %2</translation>
    </message>
    <message>
        <source>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): accepted</source>
        <translation>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): accepted</translation>
    </message>
    <message>
        <source>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): awaiting a pharmacist&apos;s decision</source>
        <translation>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): awaiting a pharmacist&apos;s decision</translation>
    </message>
    <message>
        <source>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): rejected: discard the vial and reconstitute another</source>
        <translation>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): rejected: discard the vial and reconstitute another</translation>
    </message>
    <message>
        <source>vial/syringe cross-check passed: the vial lost %1 g, the syringe gained %2 g (difference %3 g, allowed %4 to %5 g)</source>
        <translation>vial/syringe cross-check passed: the vial lost %1 g, the syringe gained %2 g (difference %3 g, allowed %4 to %5 g)</translation>
    </message>
    <message>
        <source>vial/syringe cross-check failed: the syringe gained %1 g but the vial lost only %2 g (%3 g more than the vial gave, allowed %4 g): the syringe may hold diluent or another liquid, not the drug from this vial; a pharmacist decides</source>
        <translation>vial/syringe cross-check failed: the syringe gained %1 g but the vial lost only %2 g (%3 g more than the vial gave, allowed %4 g): the syringe may hold diluent or another liquid, not the drug from this vial; a pharmacist decides</translation>
    </message>
    <message>
        <source>vial/syringe cross-check failed: the vial lost %1 g but the syringe gained only %2 g (%3 g missing, allowed %4 g with the needle&apos;s dead volume): liquid was lost or discarded; a pharmacist decides</source>
        <translation>vial/syringe cross-check failed: the vial lost %1 g but the syringe gained only %2 g (%3 g missing, allowed %4 g with the needle&apos;s dead volume): liquid was lost or discarded; a pharmacist decides</translation>
    </message>
    <message>
        <source>the weight is not stable; wait for the scale and weigh again</source>
        <translation>the weight is not stable; wait for the scale and weigh again</translation>
    </message>
    <message>
        <source>the scale sent no usable weight (%1)</source>
        <translation>the scale sent no usable weight (%1)</translation>
    </message>
    <message>
        <source>a weight without its source (scale URI and serial) is not recorded</source>
        <translation>a weight without its source (scale URI and serial) is not recorded</translation>
    </message>
    <message>
        <source>a simulated scale (%1) cannot weigh a dose on this station</source>
        <translation>a simulated scale (%1) cannot weigh a dose on this station</translation>
    </message>
    <message>
        <source>the scale shows a negative weight (%1): check the pan and the tare, then weigh again</source>
        <translation>the scale shows a negative weight (%1): check the pan and the tare, then weigh again</translation>
    </message>
    <message>
        <source>net mass %1 is below the USP &lt;41&gt; minimum weight %2 of this scale (readability %3): not usable for a dose decision; use a scale with a finer readability</source>
        <translation>net mass %1 is below the USP &lt;41&gt; minimum weight %2 of this scale (readability %3): not usable for a dose decision; use a scale with a finer readability</translation>
    </message>
    <message>
        <source>daily check: the reference weight must be a positive mass</source>
        <translation>daily check: the reference weight must be a positive mass</translation>
    </message>
    <message>
        <source>daily check: %1</source>
        <translation>daily check: %1</translation>
    </message>
    <message>
        <source>no daily check with a reference weight recorded for scale %1: run the daily check before weighing doses</source>
        <translation>no daily check with a reference weight recorded for scale %1: run the daily check before weighing doses</translation>
    </message>
    <message>
        <source>the last daily check of scale %1 failed: %2 % (limit ±%3 %); have the scale checked and repeat the daily check</source>
        <translation>the last daily check of scale %1 failed: %2 % (limit ±%3 %); have the scale checked and repeat the daily check</translation>
    </message>
    <message>
        <source>the daily check of scale %1 has expired: repeat it with the reference weight</source>
        <translation>the daily check of scale %1 has expired: repeat it with the reference weight</translation>
    </message>
    <message>
        <source>the scan is an EAN-13 (%1, %2) which carries no lot or expiry: scan the pack&apos;s GS1 DataMatrix</source>
        <translation>the scan is an EAN-13 (%1, %2) which carries no lot or expiry: scan the pack&apos;s GS1 DataMatrix</translation>
    </message>
    <message>
        <source>the scan is an EAN-13 (%1) which carries no lot or expiry: scan the pack&apos;s GS1 DataMatrix</source>
        <translation>the scan is an EAN-13 (%1) which carries no lot or expiry: scan the pack&apos;s GS1 DataMatrix</translation>
    </message>
    <message>
        <source>the scan (%1) carries no GTIN (AI 01): not a medicine pack code</source>
        <translation>the scan (%1) carries no GTIN (AI 01): not a medicine pack code</translation>
    </message>
    <message>
        <source>GTIN %1 is not in the product catalogue: unknown product, do not use</source>
        <translation>GTIN %1 is not in the product catalogue: unknown product, do not use</translation>
    </message>
    <message>
        <source>wrong product: the vial is %1 (%2), the preparation needs %3</source>
        <translation>wrong product: the vial is %1 (%2), the preparation needs %3</translation>
    </message>
    <message>
        <source>the pack code lacks %1: an EU FMD pack carries GTIN, expiry, lot and serial</source>
        <translation>the pack code lacks %1: an EU FMD pack carries GTIN, expiry, lot and serial</translation>
    </message>
    <message>
        <source>the expiry date (AI 17)</source>
        <translation>the expiry date (AI 17)</translation>
    </message>
    <message>
        <source>the lot (AI 10)</source>
        <translation>the lot (AI 10)</translation>
    </message>
    <message>
        <source>the serial number (AI 21)</source>
        <translation>the serial number (AI 21)</translation>
    </message>
    <message>
        <source>expiry date &apos;%1&apos; does not exist</source>
        <translation>expiry date &apos;%1&apos; does not exist</translation>
    </message>
    <message>
        <source>lot %1 expired on %2</source>
        <translation>lot %1 expired on %2</translation>
    </message>
    <message>
        <source>lot %1 of %2 is blocked by a recall (%3): %4</source>
        <translation>lot %1 of %2 is blocked by a recall (%3): %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>a decision on an out-of-tolerance dose or a failed cross-check needs a reason</source>
        <translation>a decision on an out-of-tolerance dose or a failed cross-check needs a reason</translation>
    </message>
    <message>
        <source>preparation %1 awaits no pharmacist decision (%2, gravimetric control %3)</source>
        <translation>preparation %1 awaits no pharmacist decision (%2, gravimetric control %3)</translation>
    </message>
    <message>
        <source>%1 is not a pharmacist: only a pharmacist decides on an out-of-tolerance dose</source>
        <translation>%1 is not a pharmacist: only a pharmacist decides on an out-of-tolerance dose</translation>
    </message>
    <message>
        <source>preparation %1 has no filled-syringe weighing</source>
        <translation>preparation %1 has no filled-syringe weighing</translation>
    </message>
    <message>
        <source>export the chain of custody (EPCIS)</source>
        <translation>export the chain of custody (EPCIS)</translation>
    </message>
    <message>
        <source>pack shipments</source>
        <translation>pack shipments</translation>
    </message>
    <message>
        <source>import temperature-logger files</source>
        <translation>import temperature-logger files</translation>
    </message>
    <message>
        <source>%1 weighing not recorded</source>
        <translation>%1 weighing not recorded</translation>
    </message>
    <message>
        <source>daily check failed (recorded): %1 g for a %2 g reference weight, %3 % (limit %4 %); the scale may not weigh doses</source>
        <translation>daily check failed (recorded): %1 g for a %2 g reference weight, %3 % (limit %4 %); the scale may not weigh doses</translation>
    </message>
    <message>
        <source>preparation %1 is %2, not in progress</source>
        <translation>preparation %1 is %2, not in progress</translation>
    </message>
    <message>
        <source>preparation %1 was started by another user</source>
        <translation>preparation %1 was started by another user</translation>
    </message>
    <message>
        <source>preparation %1 is %2: only a planned preparation can be started</source>
        <translation>preparation %1 is %2: only a planned preparation can be started</translation>
    </message>
    <message>
        <source>%1 may not prepare doses</source>
        <translation>%1 may not prepare doses</translation>
    </message>
    <message>
        <source>evidence photo of step %1</source>
        <translation>evidence photo of step %1</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>camera %1</translation>
    </message>
    <message>
        <source>vial photo</source>
        <translation>vial photo</translation>
    </message>
    <message>
        <source>no GS1 DataMatrix found on the vial photo: present the vial again</source>
        <translation>no GS1 DataMatrix found on the vial photo: present the vial again</translation>
    </message>
    <message>
        <source>wrong vial: GTIN %1 is not the planned product %2</source>
        <translation>wrong vial: GTIN %1 is not the planned product %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 was weighed on %3, this weighing comes from %4; weigh it on the same scale</source>
        <translation>%1: %2 was weighed on %3, this weighing comes from %4; weigh it on the same scale</translation>
    </message>
    <message>
        <source>%1: %2 was weighed at a readability of %3, this weighing at %4 (%5)</source>
        <translation>%1: %2 was weighed at a readability of %3, this weighing at %4 (%5)</translation>
    </message>
    <message>
        <source>%1: preparation %2 awaits the pharmacist&apos;s decision on its out-of-tolerance dose; no syringe is weighed until the pharmacist has decided</source>
        <translation>%1: preparation %2 awaits the pharmacist&apos;s decision on its out-of-tolerance dose; no syringe is weighed until the pharmacist has decided</translation>
    </message>
    <message>
        <source>weigh the vial before adding the diluent first</source>
        <translation>weigh the vial before adding the diluent first</translation>
    </message>
    <message>
        <source>protocol %1 gives no diluent volume per vial</source>
        <translation>protocol %1 gives no diluent volume per vial</translation>
    </message>
    <message>
        <source>the vial before its diluent</source>
        <translation>the vial before its diluent</translation>
    </message>
    <message>
        <source>reconstitution of %1 (recorded), no decision: %2</source>
        <translation>reconstitution of %1 (recorded), no decision: %2</translation>
    </message>
    <message>
        <source>reconstitution of %1 (recorded): %2</source>
        <translation>reconstitution of %1 (recorded): %2</translation>
    </message>
    <message>
        <source>weigh the empty syringe (tare) before the filled syringe</source>
        <translation>weigh the empty syringe (tare) before the filled syringe</translation>
    </message>
    <message>
        <source>%1: the syringe of preparation %2 was already weighed filled after its latest tare; a redo needs a new syringe: weigh the new empty syringe (tare) first</source>
        <translation>%1: the syringe of preparation %2 was already weighed filled after its latest tare; a redo needs a new syringe: weigh the new empty syringe (tare) first</translation>
    </message>
    <message>
        <source>%1: the syringe of preparation %2 was already weighed filled after its latest tare (%3); a redo needs a new syringe: weigh the new empty syringe (tare) first</source>
        <translation>%1: the syringe of preparation %2 was already weighed filled after its latest tare (%3); a redo needs a new syringe: weigh the new empty syringe (tare) first</translation>
    </message>
    <message>
        <source>%1: weigh the vial before the withdrawal first (after the previous syringe, weigh the vial again): the mass the vial loses is checked against the mass the syringe gains</source>
        <translation>%1: weigh the vial before the withdrawal first (after the previous syringe, weigh the vial again): the mass the vial loses is checked against the mass the syringe gains</translation>
    </message>
    <message>
        <source>%1: weigh the vial before the withdrawal first (the vial with its solution, before drawing from it): the mass the vial loses is checked against the mass the syringe gains</source>
        <translation>%1: weigh the vial before the withdrawal first (the vial with its solution, before drawing from it): the mass the vial loses is checked against the mass the syringe gains</translation>
    </message>
    <message>
        <source>the empty syringe</source>
        <translation>the empty syringe</translation>
    </message>
    <message>
        <source>filled syringe of %1 recorded, no dose decision: %2</source>
        <translation>filled syringe of %1 recorded, no dose decision: %2</translation>
    </message>
    <message>
        <source>%1: a filled syringe of preparation %2 awaits the vial&apos;s weighing after the withdrawal (vial_after)</source>
        <translation>%1: a filled syringe of preparation %2 awaits the vial&apos;s weighing after the withdrawal (vial_after)</translation>
    </message>
    <message>
        <source>%1: no filled syringe has been weighed; weigh the vial after drawing the dose and weighing the syringe</source>
        <translation>%1: no filled syringe has been weighed; weigh the vial after drawing the dose and weighing the syringe</translation>
    </message>
    <message>
        <source>%1: the vial of preparation %2 was already weighed after its latest syringe</source>
        <translation>%1: the vial of preparation %2 was already weighed after its latest syringe</translation>
    </message>
    <message>
        <source>%1: the vial was not weighed before the withdrawal, nothing to compare with</source>
        <translation>%1: the vial was not weighed before the withdrawal, nothing to compare with</translation>
    </message>
    <message>
        <source>the vial before the withdrawal</source>
        <translation>the vial before the withdrawal</translation>
    </message>
    <message>
        <source>preparation %1 cannot be signed yet: %2</source>
        <translation>preparation %1 cannot be signed yet: %2</translation>
    </message>
    <message>
        <source>preparation %1 has no expiry: no label</source>
        <translation>preparation %1 has no expiry: no label</translation>
    </message>
    <message>
        <source>label printer: %1 (nothing recorded; print again)</source>
        <translation>label printer: %1 (nothing recorded; print again)</translation>
    </message>
    <message>
        <source>no PDF label printed for %1: nothing to read back</source>
        <translation>no PDF label printed for %1: nothing to read back</translation>
    </message>
    <message>
        <source>read-back of the rasterised label %1</source>
        <translation>read-back of the rasterised label %1</translation>
    </message>
    <message>
        <source>label read-back of %1 failed: the DataMatrix read was [%2], expected the preparation&apos;s code; reprint the label</source>
        <translation>label read-back of %1 failed: the DataMatrix read was [%2], expected the preparation&apos;s code; reprint the label</translation>
    </message>
    <message>
        <source>no label printed for %1: nothing to read back</source>
        <translation>no label printed for %1: nothing to read back</translation>
    </message>
    <message>
        <source>read-back photo of the label of %1</source>
        <translation>read-back photo of the label of %1</translation>
    </message>
    <message>
        <source>photo of the label of %1</source>
        <translation>photo of the label of %1</translation>
    </message>
    <message>
        <source>the label in front of the camera is not the label of %1 (read [%2]): check the bag</source>
        <translation>the label in front of the camera is not the label of %1 (read [%2]): check the bag</translation>
    </message>
    <message>
        <source>label read-back of %1 by the camera failed after %2 frames (nothing read): hold the label flat in front of the camera, or reprint it</source>
        <translation>label read-back of %1 by the camera failed after %2 frames (nothing read): hold the label flat in front of the camera, or reprint it</translation>
    </message>
    <message>
        <source>label read-back of %1 by the camera failed after %2 frames (read [%3]): hold the label flat in front of the camera, or reprint it</source>
        <translation>label read-back of %1 by the camera failed after %2 frames (read [%3]): hold the label flat in front of the camera, or reprint it</translation>
    </message>
    <message>
        <source>enter prescriptions</source>
        <translation>enter prescriptions</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>cancel orders</translation>
    </message>
    <message>
        <source>order %1 is already planned into %2 preparation(s) (%3): the pharmacy stops it at the station</source>
        <translation>order %1 is already planned into %2 preparation(s) (%3): the pharmacy stops it at the station</translation>
    </message>
    <message>
        <source>see an order&apos;s protocol checks</source>
        <translation>see an order&apos;s protocol checks</translation>
    </message>
    <message>
        <source>order %1 is %2, only a prescribed order can be validated</source>
        <translation>order %1 is %2, only a prescribed order can be validated</translation>
    </message>
    <message>
        <source>%1 is not a pharmacist: only a pharmacist validates orders</source>
        <translation>%1 is not a pharmacist: only a pharmacist validates orders</translation>
    </message>
    <message>
        <source>override of %1: a reason is required</source>
        <translation>override of %1: a reason is required</translation>
    </message>
    <message>
        <source>override of %1: the check passed, nothing to override</source>
        <translation>override of %1: the check passed, nothing to override</translation>
    </message>
    <message>
        <source>hard stop %1: %2 (a hard stop cannot be overridden)</source>
        <translation>hard stop %1: %2 (a hard stop cannot be overridden)</translation>
    </message>
    <message>
        <source>hard stop %1: %2</source>
        <translation>hard stop %1: %2</translation>
    </message>
    <message>
        <source>warning %1: %2 (override with a reason)</source>
        <translation>warning %1: %2 (override with a reason)</translation>
    </message>
    <message>
        <source>order %1 not validated (checks recorded): %2</source>
        <translation>order %1 not validated (checks recorded): %2</translation>
    </message>
    <message>
        <source>plan preparations</source>
        <translation>plan preparations</translation>
    </message>
    <message>
        <source>order %1 is not validated by a pharmacist: nothing to prepare</source>
        <translation>order %1 is not validated by a pharmacist: nothing to prepare</translation>
    </message>
    <message>
        <source>take orders from prescribers&apos; systems</source>
        <translation>take orders from prescribers&apos; systems</translation>
    </message>
    <message>
        <source>the vial has not been weighed before and after its diluent</source>
        <translation>the vial has not been weighed before and after its diluent</translation>
    </message>
    <message>
        <source>reconstitution not decided: %1</source>
        <translation>reconstitution not decided: %1</translation>
    </message>
    <message>
        <source>reconstitution not accepted: %1</source>
        <translation>reconstitution not accepted: %1</translation>
    </message>
    <message>
        <source>the vial has not been weighed before and after the withdrawal</source>
        <translation>the vial has not been weighed before and after the withdrawal</translation>
    </message>
    <message>
        <source>no accepted gravimetric control (%1)</source>
        <translation>no accepted gravimetric control (%1)</translation>
    </message>
    <message>
        <source>the syringe was set aside: a new one is to be weighed and filled</source>
        <translation>the syringe was set aside: a new one is to be weighed and filled</translation>
    </message>
    <message>
        <source>the vial scan was set aside: scan the vial</source>
        <translation>the vial scan was set aside: scan the vial</translation>
    </message>
    <message>
        <source>no expiry yet</source>
        <translation>no expiry yet</translation>
    </message>
    <message>
        <source>no vial scan</source>
        <translation>no vial scan</translation>
    </message>
    <message>
        <source>the label has not been printed and read back</source>
        <translation>the label has not been printed and read back</translation>
    </message>
    <message>
        <source>the label has not been read back by the station camera</source>
        <translation>the label has not been read back by the station camera</translation>
    </message>
    <message>
        <source>cold chain: %1</source>
        <translation>cold chain: %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>cannot read the batch record of %1</source>
        <translation>cannot read the batch record of %1</translation>
    </message>
    <message>
        <source>status is %1, not prepared</source>
        <translation>status is %1, not prepared</translation>
    </message>
    <message>
        <source>gravimetric control not accepted (%1)</source>
        <translation>gravimetric control not accepted (%1)</translation>
    </message>
    <message>
        <source>tare and filled-syringe weighings are both required</source>
        <translation>tare and filled-syringe weighings are both required</translation>
    </message>
    <message>
        <source>the printed label has not been read back successfully</source>
        <translation>the printed label has not been read back successfully</translation>
    </message>
    <message>
        <source>the printed label has not been read back by the station camera</source>
        <translation>the printed label has not been read back by the station camera</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <source>expired at release time</source>
        <translation>expired at release time</translation>
    </message>
    <message>
        <source>the batch record differs from what the preparer signed (or was never signed)</source>
        <translation>the batch record differs from what the preparer signed (or was never signed)</translation>
    </message>
    <message>
        <source>cannot release %1: %2</source>
        <translation>cannot release %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a pharmacist: only a pharmacist releases</source>
        <translation>%1 is not a pharmacist: only a pharmacist releases</translation>
    </message>
    <message>
        <source>%1 prepared %2 and may not release it (segregation of duties)</source>
        <translation>%1 prepared %2 and may not release it (segregation of duties)</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1 (%2) may not %3</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>unknown user or wrong password</translation>
    </message>
    <message>
        <source>this account is deactivated; an administrator can enable it again</source>
        <translation>this account is deactivated; an administrator can enable it again</translation>
    </message>
    <message>
        <source>this account is locked after repeated wrong passwords; an administrator must unlock it</source>
        <translation>this account is locked after repeated wrong passwords; an administrator must unlock it</translation>
    </message>
    <message>
        <source>the preparer may not check, decide on or release their own preparation (segregation of duties)</source>
        <translation>the preparer may not check, decide on or release their own preparation (segregation of duties)</translation>
    </message>
    <message>
        <source>rotate the station&apos;s audit key</source>
        <translation>rotate the station&apos;s audit key</translation>
    </message>
    <message>
        <source>cannot read the batch record of preparation %1</source>
        <translation>cannot read the batch record of preparation %1</translation>
    </message>
    <message>
        <source>go back to a preparation step</source>
        <translation>go back to a preparation step</translation>
    </message>
    <message>
        <source>going back to a step needs a reason</source>
        <translation>going back to a step needs a reason</translation>
    </message>
    <message>
        <source>%1: no vial scanned yet, nothing to go back to</source>
        <translation>%1: no vial scanned yet, nothing to go back to</translation>
    </message>
    <message>
        <source>%1: the vial is already weighed; another vial is another preparation</source>
        <translation>%1: the vial is already weighed; another vial is another preparation</translation>
    </message>
    <message>
        <source>%1: no empty syringe weighed yet</source>
        <translation>%1: no empty syringe weighed yet</translation>
    </message>
    <message>
        <source>%1: the dose awaits a pharmacist&apos;s decision; the pharmacist decides first</source>
        <translation>%1: the dose awaits a pharmacist&apos;s decision; the pharmacist decides first</translation>
    </message>
    <message>
        <source>%1: weigh the vial first: its weight after this withdrawal is the next syringe&apos;s reference</source>
        <translation>%1: weigh the vial first: its weight after this withdrawal is the next syringe&apos;s reference</translation>
    </message>
    <message>
        <source>%1: the label is printed for this syringe; going back is no longer possible at the isolator</source>
        <translation>%1: the label is printed for this syringe; going back is no longer possible at the isolator</translation>
    </message>
    <message>
        <source>%1: this syringe is already set aside</source>
        <translation>%1: this syringe is already set aside</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a published demo login: choose another</source>
        <translation>&apos;%1&apos; is a published demo login: choose another</translation>
    </message>
    <message>
        <source>this is a demo database (it holds the demo account %1): real users go in the station&apos;s own database</source>
        <translation>this is a demo database (it holds the demo account %1): real users go in the station&apos;s own database</translation>
    </message>
    <message>
        <source>list the station&apos;s users</source>
        <translation>list the station&apos;s users</translation>
    </message>
    <message>
        <source>an admin may not disable their own account</source>
        <translation>an admin may not disable their own account</translation>
    </message>
    <message>
        <source>vial scan: the code is not a valid GS1 pack code: %1</source>
        <translation>vial scan: the code is not a valid GS1 pack code: %1</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>audit trail broken at entry %1: %2</translation>
    </message>
    <message>
        <source>audit trail broken: %1</source>
        <translation>audit trail broken: %1</translation>
    </message>
    <message>
        <source>audit trail rewritten: %1</source>
        <translation>audit trail rewritten: %1</translation>
    </message>
    <message>
        <source>no preparation &apos;%1&apos;</source>
        <translation>no preparation &apos;%1&apos;</translation>
    </message>
    <message>
        <source>fixed dose of %1</source>
        <translation>fixed dose of %1</translation>
    </message>
    <message>
        <source>%1 mg/m2 x %2 m2, %3</source>
        <translation>%1 mg/m2 x %2 m2, %3</translation>
    </message>
    <message>
        <source>%1 %2 mg (%3) by %4</source>
        <translation>%1 %2 mg (%3) by %4</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>syringe %1/%2, %3 mg in %4 mL</source>
        <translation>syringe %1/%2, %3 mg in %4 mL</translation>
    </message>
    <message>
        <source>%1 (GTIN %2, lot %3, serial %4) via %5</source>
        <translation>%1 (GTIN %2, lot %3, serial %4) via %5</translation>
    </message>
    <message>
        <source>%1 g stable from %2</source>
        <translation>%1 g stable from %2</translation>
    </message>
    <message>
        <source>%1 g UNSTABLE from %2</source>
        <translation>%1 g UNSTABLE from %2</translation>
    </message>
    <message>
        <source>%1 sha256=%2</source>
        <translation>%1 sha256=%2</translation>
    </message>
    <message>
        <source>expiry %1 by rule %2 [%3]</source>
        <translation>expiry %1 by rule %2 [%3]</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>OK: %1 photo %2 sha256=%3</source>
        <translation>OK: %1 photo %2 sha256=%3</translation>
    </message>
    <message>
        <source>FAILED: %1 photo %2 sha256=%3</source>
        <translation>FAILED: %1 photo %2 sha256=%3</translation>
    </message>
    <message>
        <source>%1 (DUPLICATE)</source>
        <translation>%1 (DUPLICATE)</translation>
    </message>
    <message>
        <source>%1 sha256=%2… (%3)</source>
        <translation>%1 sha256=%2… (%3)</translation>
    </message>
    <message>
        <source>%1 % on weighing %2: %3</source>
        <translation>%1 % on weighing %2: %3</translation>
    </message>
    <message>
        <source>content unchanged since signing (sha256 %1…)</source>
        <translation>content unchanged since signing (sha256 %1…)</translation>
    </message>
    <message>
        <source>CONTENT CHANGED SINCE SIGNING (sha256 %1…)</source>
        <translation>CONTENT CHANGED SINCE SIGNING (sha256 %1…)</translation>
    </message>
    <message>
        <source>%1 with logger %2</source>
        <translation>%1 with logger %2</translation>
    </message>
    <message>
        <source>%1 (scan %2)</source>
        <translation>%1 (scan %2)</translation>
    </message>
    <message>
        <source>%1: %2 readings, MKT %3 °C, %4</source>
        <translation>%1: %2 readings, MKT %3 °C, %4</translation>
    </message>
    <message>
        <source>%1: %2 readings, MKT %3 °C, %4 (%5)</source>
        <translation>%1: %2 readings, MKT %3 °C, %4 (%5)</translation>
    </message>
    <message>
        <source>the label of %1 was printed (%2) but could not be recorded: %3; destroy that label, then print again</source>
        <translation>the label of %1 was printed (%2) but could not be recorded: %3; destroy that label, then print again</translation>
    </message>
    <message>
        <source>evidence photo %1 is missing or cannot be read</source>
        <translation>evidence photo %1 is missing or cannot be read</translation>
    </message>
    <message>
        <source>evidence photo %1 no longer matches its recorded SHA-256</source>
        <translation>evidence photo %1 no longer matches its recorded SHA-256</translation>
    </message>
    <message>
        <source>preparation %1 has already been administered</source>
        <translation>preparation %1 has already been administered</translation>
    </message>
    <message>
        <source>preparation %1 is %2, it must be delivered before administration</source>
        <translation>preparation %1 is %2, it must be delivered before administration</translation>
    </message>
    <message>
        <source>preparation %1 is expired</source>
        <translation>preparation %1 is expired</translation>
    </message>
    <message>
        <source>preparation %1 was never shipped</source>
        <translation>preparation %1 was never shipped</translation>
    </message>
    <message>
        <source>the logger data of shipment %1 has not been imported and checked yet</source>
        <translation>the logger data of shipment %1 has not been imported and checked yet</translation>
    </message>
    <message>
        <source>the logger of shipment %1 has no reading before this scan</source>
        <translation>the logger of shipment %1 has no reading before this scan</translation>
    </message>
    <message>
        <source>cold chain of shipment %1: %2</source>
        <translation>cold chain of shipment %1: %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>do not administer: %1</source>
        <translation>do not administer: %1</translation>
    </message>
    <message>
        <source>the scan carries no code</source>
        <translation>the scan carries no code</translation>
    </message>
    <message>
        <source>scan shipments</source>
        <translation>scan shipments</translation>
    </message>
    <message>
        <source>confirm administrations</source>
        <translation>confirm administrations</translation>
    </message>
    <message>
        <source>enter your password again to confirm the administration</source>
        <translation>enter your password again to confirm the administration</translation>
    </message>
    <message>
        <source>do not administer: preparation %1 is not for the patient with IPP %2 born on %3: check the patient&apos;s identity</source>
        <translation>do not administer: preparation %1 is not for the patient with IPP %2 born on %3: check the patient&apos;s identity</translation>
    </message>
    <message>
        <source>check whether a dose may be given</source>
        <translation>check whether a dose may be given</translation>
    </message>
    <message>
        <source>see the shipments to carry</source>
        <translation>see the shipments to carry</translation>
    </message>
    <message>
        <source>shipment %1 goes back to the PUI (%2 declared): it is not delivered</source>
        <translation>shipment %1 goes back to the PUI (%2 declared): it is not delivered</translation>
    </message>
    <message>
        <source>declare a delivery problem</source>
        <translation>declare a delivery problem</translation>
    </message>
    <message>
        <source>shipment %1 is %2: a delivery problem is declared on the way, after pickup and before delivery</source>
        <translation>shipment %1 is %2: a delivery problem is declared on the way, after pickup and before delivery</translation>
    </message>
    <message>
        <source>record a dose as not given</source>
        <translation>record a dose as not given</translation>
    </message>
    <message>
        <source>say why the dose was not given</source>
        <translation>say why the dose was not given</translation>
    </message>
    <message>
        <source>preparation %1 is %2: only a delivered dose is recorded as not given</source>
        <translation>preparation %1 is %2: only a delivered dose is recorded as not given</translation>
    </message>
    <message>
        <source>preparation %1 is already recorded as not given</source>
        <translation>preparation %1 is already recorded as not given</translation>
    </message>
    <message>
        <source>preparation %1 was recorded as not given (%2): %3</source>
        <translation>preparation %1 was recorded as not given (%2): %3</translation>
    </message>
    <message>
        <source>shipment %1 could not be delivered (%2): it goes back to the PUI</source>
        <translation>shipment %1 could not be delivered (%2): it goes back to the PUI</translation>
    </message>
    <message>
        <source>say what the problem is: nobody home, refused or damaged cooler</source>
        <translation>say what the problem is: nobody home, refused or damaged cooler</translation>
    </message>
    <message>
        <source>say whether the dose was returned or destroyed</source>
        <translation>say whether the dose was returned or destroyed</translation>
    </message>
    <message>
        <source>change a nurse&apos;s care list</source>
        <translation>change a nurse&apos;s care list</translation>
    </message>
    <message>
        <source>%1 is not a nurse: only nurses have a care list</source>
        <translation>%1 is not a nurse: only nurses have a care list</translation>
    </message>
    <message>
        <source>no patient with IPP %1</source>
        <translation>no patient with IPP %1</translation>
    </message>
    <message>
        <source>patient %1 is already in the care of %2</source>
        <translation>patient %1 is already in the care of %2</translation>
    </message>
    <message>
        <source>patient %1 is not in the care of %2</source>
        <translation>patient %1 is not in the care of %2</translation>
    </message>
    <message>
        <source>see another nurse&apos;s care list</source>
        <translation>see another nurse&apos;s care list</translation>
    </message>
    <message>
        <source>preparation %1 is for a patient who is not in the care of %2: ask the HAD coordination to add the patient to your care list</source>
        <translation>preparation %1 is for a patient who is not in the care of %2: ask the HAD coordination to add the patient to your care list</translation>
    </message>
    <message>
        <source>the delivery window must end after it starts</source>
        <translation>the delivery window must end after it starts</translation>
    </message>
    <message>
        <source>the delivery window ends at %1, already past</source>
        <translation>the delivery window ends at %1, already past</translation>
    </message>
    <message>
        <source>preparation %1 is for another patient than %2: a cooler goes to one home</source>
        <translation>preparation %1 is for another patient than %2: a cooler goes to one home</translation>
    </message>
    <message>
        <source>watch the shipments that left the PUI</source>
        <translation>watch the shipments that left the PUI</translation>
    </message>
    <message>
        <source>shipment %1 was picked up late, at %2 (packed at %3)</source>
        <translation>shipment %1 was picked up late, at %2 (packed at %3)</translation>
    </message>
    <message>
        <source>shipment %1 has not been picked up (packed at %2)</source>
        <translation>shipment %1 has not been picked up (packed at %2)</translation>
    </message>
    <message>
        <source>shipment %1 reached the home late, at %2 (picked up at %3)</source>
        <translation>shipment %1 reached the home late, at %2 (picked up at %3)</translation>
    </message>
    <message>
        <source>shipment %1 has not been delivered (picked up at %2)</source>
        <translation>shipment %1 has not been delivered (picked up at %2)</translation>
    </message>
    <message>
        <source>shipment %1 could not be delivered (%2): %3</source>
        <translation>shipment %1 could not be delivered (%2): %3</translation>
    </message>
    <message>
        <source>shipment %1 came back to the PUI late, at %2</source>
        <translation>shipment %1 came back to the PUI late, at %2</translation>
    </message>
    <message>
        <source>shipment %1 has not come back to the PUI (problem declared at %2)</source>
        <translation>shipment %1 has not come back to the PUI (problem declared at %2)</translation>
    </message>
    <message>
        <source>the logger data of shipment %1 arrived late, at %2</source>
        <translation>the logger data of shipment %1 arrived late, at %2</translation>
    </message>
    <message>
        <source>the logger data of shipment %1 (logger %2) has not arrived</source>
        <translation>the logger data of shipment %1 (logger %2) has not arrived</translation>
    </message>
    <message>
        <source>preparation %1 was not given (%2): %3</source>
        <translation>preparation %1 was not given (%2): %3</translation>
    </message>
    <message>
        <source>preparation %1 expired at the home at %2 without being given</source>
        <translation>preparation %1 expired at the home at %2 without being given</translation>
    </message>
    <message>
        <source>preparation %1 came back to the PUI: destroy it or send it out again</source>
        <translation>preparation %1 came back to the PUI: destroy it or send it out again</translation>
    </message>
    <message>
        <source>close a dispatch alarm</source>
        <translation>close a dispatch alarm</translation>
    </message>
    <message>
        <source>say why the alarm can be closed</source>
        <translation>say why the alarm can be closed</translation>
    </message>
    <message>
        <source>no dispatch alarm %1</source>
        <translation>no dispatch alarm %1</translation>
    </message>
    <message>
        <source>dispatch alarm %1 is already closed</source>
        <translation>dispatch alarm %1 is already closed</translation>
    </message>
    <message>
        <source>preparation %1 is back at the PUI: decide whether it is destroyed or sent out again</source>
        <translation>preparation %1 is back at the PUI: decide whether it is destroyed or sent out again</translation>
    </message>
    <message>
        <source>receive a shipment back at the PUI</source>
        <translation>receive a shipment back at the PUI</translation>
    </message>
    <message>
        <source>shipment %1 never left the PUI: it cannot come back</source>
        <translation>shipment %1 never left the PUI: it cannot come back</translation>
    </message>
    <message>
        <source>shipment %1 was already received back at the PUI</source>
        <translation>shipment %1 was already received back at the PUI</translation>
    </message>
    <message>
        <source>no delivery problem was declared for shipment %1: say why it came back</source>
        <translation>no delivery problem was declared for shipment %1: say why it came back</translation>
    </message>
    <message>
        <source>decide on a dose that came back</source>
        <translation>decide on a dose that came back</translation>
    </message>
    <message>
        <source>say why</source>
        <translation>say why</translation>
    </message>
    <message>
        <source>preparation %1 has not come back to the PUI (shipment %2)</source>
        <translation>preparation %1 has not come back to the PUI (shipment %2)</translation>
    </message>
    <message>
        <source>preparation %1 has already been decided on</source>
        <translation>preparation %1 has already been decided on</translation>
    </message>
    <message>
        <source>preparation %1 is expired: it cannot be sent out again</source>
        <translation>preparation %1 is expired: it cannot be sent out again</translation>
    </message>
    <message>
        <source>import the logger data of shipment %1 first: without it nothing shows preparation %2 stayed cold</source>
        <translation>import the logger data of shipment %1 first: without it nothing shows preparation %2 stayed cold</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Start the preparation</source>
        <translation>Start the preparation</translation>
    </message>
    <message>
        <source>Scan the vial&apos;s DataMatrix</source>
        <translation>Scan the vial&apos;s DataMatrix</translation>
    </message>
    <message>
        <source>Put the vial on the scale, before its diluent</source>
        <translation>Put the vial on the scale, before its diluent</translation>
    </message>
    <message>
        <source>Add the diluent, then put the vial back on the scale</source>
        <translation>Add the diluent, then put the vial back on the scale</translation>
    </message>
    <message>
        <source>Put the empty syringe (with its cap) on the scale</source>
        <translation>Put the empty syringe (with its cap) on the scale</translation>
    </message>
    <message>
        <source>Fill the syringe, then put it on the scale</source>
        <translation>Fill the syringe, then put it on the scale</translation>
    </message>
    <message>
        <source>Out of tolerance: a pharmacist must decide</source>
        <translation>Out of tolerance: a pharmacist must decide</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Print the label</translation>
    </message>
    <message>
        <source>Check the printed label file</source>
        <translation>Check the printed label file</translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation>Show the printed label to the camera</translation>
    </message>
    <message>
        <source>Sign the preparation</source>
        <translation>Sign the preparation</translation>
    </message>
    <message>
        <source>Prepared: awaiting pharmaceutical release</source>
        <translation>Prepared: awaiting pharmaceutical release</translation>
    </message>
    <message>
        <source>Released: on its way to the patient</source>
        <translation>Released: on its way to the patient</translation>
    </message>
    <message>
        <source>Nothing left to do at the isolator</source>
        <translation>Nothing left to do at the isolator</translation>
    </message>
    <message>
        <source>to prepare</source>
        <translation>to prepare</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>prepared</translation>
    </message>
    <message>
        <source>released</source>
        <translation>released</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>dispatched</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>administered</source>
        <translation>administered</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>to validate</source>
        <translation>to validate</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>technician</translation>
    </message>
    <message>
        <source>pharmacist</source>
        <translation>pharmacist</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>courier</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>nurse</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>not weighed yet</source>
        <translation>not weighed yet</translation>
    </message>
    <message>
        <source>within tolerance: accepted</source>
        <translation>within tolerance: accepted</translation>
    </message>
    <message>
        <source>rejected: redo the syringe</source>
        <translation>rejected: redo the syringe</translation>
    </message>
    <message>
        <source>out of tolerance: awaiting a pharmacist</source>
        <translation>out of tolerance: awaiting a pharmacist</translation>
    </message>
    <message>
        <source>accepted by a pharmacist</source>
        <translation>accepted by a pharmacist</translation>
    </message>
    <message>
        <source>rejected by a pharmacist: redo the syringe</source>
        <translation>rejected by a pharmacist: redo the syringe</translation>
    </message>
    <message>
        <source>cycle and day of the regimen</source>
        <translation>cycle and day of the regimen</translation>
    </message>
    <message>
        <source>interval since the last dose</source>
        <translation>interval since the last dose</translation>
    </message>
    <message>
        <source>dose level (reductions)</source>
        <translation>dose level (reductions)</translation>
    </message>
    <message>
        <source>ordered dose vs body surface area</source>
        <translation>ordered dose vs body surface area</translation>
    </message>
    <message>
        <source>body surface area cap</source>
        <translation>body surface area cap</translation>
    </message>
    <message>
        <source>duplicate order</source>
        <translation>duplicate order</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>warning: override with a reason</source>
        <translation>warning: override with a reason</translation>
    </message>
    <message>
        <source>HARD STOP: cannot be validated</source>
        <translation>HARD STOP: cannot be validated</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Not valid</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Device fault</translation>
    </message>
    <message>
        <source>Database fault</source>
        <translation>Database fault</translation>
    </message>
    <message>
        <source>Label fault</source>
        <translation>Label fault</translation>
    </message>
    <message>
        <source>File fault</source>
        <translation>File fault</translation>
    </message>
    <message>
        <source>Clinical data fault</source>
        <translation>Clinical data fault</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Change your password first</source>
        <translation>Change your password first</translation>
    </message>
    <message>
        <source>vial before diluent</source>
        <translation>vial before diluent</translation>
    </message>
    <message>
        <source>vial after diluent</source>
        <translation>vial after diluent</translation>
    </message>
    <message>
        <source>empty syringe</source>
        <translation>empty syringe</translation>
    </message>
    <message>
        <source>filled syringe</source>
        <translation>filled syringe</translation>
    </message>
    <message>
        <source>daily check</source>
        <translation>daily check</translation>
    </message>
    <message>
        <source>Put the vial on the scale, before drawing the dose</source>
        <translation>Put the vial on the scale, before drawing the dose</translation>
    </message>
    <message>
        <source>Put the vial back on the scale, after drawing the dose</source>
        <translation>Put the vial back on the scale, after drawing the dose</translation>
    </message>
    <message>
        <source>vial before withdrawal</source>
        <translation>vial before withdrawal</translation>
    </message>
    <message>
        <source>vial after withdrawal</source>
        <translation>vial after withdrawal</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>packed</translation>
    </message>
    <message>
        <source>picked up by the courier</source>
        <translation>picked up by the courier</translation>
    </message>
    <message>
        <source>delivered to the patient&apos;s home</source>
        <translation>delivered to the patient&apos;s home</translation>
    </message>
    <message>
        <source>nobody home</source>
        <translation>nobody home</translation>
    </message>
    <message>
        <source>refused at the door</source>
        <translation>refused at the door</translation>
    </message>
    <message>
        <source>damaged cooler</source>
        <translation>damaged cooler</translation>
    </message>
    <message>
        <source>destroyed at the home</source>
        <translation>destroyed at the home</translation>
    </message>
    <message>
        <source>brought back to the PUI</source>
        <translation>brought back to the PUI</translation>
    </message>
</context>
<context>
    <name>prep::ui::AdminArea</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Data files</translation>
    </message>
</context>
<context>
    <name>prep::ui::AuditVerifyScreen</name>
    <message>
        <source>Audit trail verification</source>
        <translation>Audit trail verification</translation>
    </message>
    <message>
        <source>Re-hashes the whole audit trail, compares every audited record with its last audited value and checks the checkpoints signed by the station&apos;s keys.</source>
        <translation>Re-hashes the whole audit trail, compares every audited record with its last audited value and checks the checkpoints signed by the station&apos;s keys.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Verifying the audit trail…</translation>
    </message>
    <message>
        <source>verifying the audit trail</source>
        <translation>verifying the audit trail</translation>
    </message>
    <message>
        <source>%1 entries checked, %2 records compared with their last audited value</source>
        <translation>%1 entries checked, %2 records compared with their last audited value</translation>
    </message>
    <message>
        <source>Signed checkpoints not checked: the chain itself is broken.</source>
        <translation>Signed checkpoints not checked: the chain itself is broken.</translation>
    </message>
    <message>
        <source>Last signed checkpoint: entry %1 (key %2, %3 checkpoints verified); %4 later entries not yet signed.</source>
        <translation>Last signed checkpoint: entry %1 (key %2, %3 checkpoints verified); %4 later entries not yet signed.</translation>
    </message>
    <message>
        <source>No checkpoint signed by a trusted station key: the chain is not vouched for by a key.</source>
        <translation>No checkpoint signed by a trusted station key: the chain is not vouched for by a key.</translation>
    </message>
    <message>
        <source>Audit trail intact.</source>
        <translation>Audit trail intact.</translation>
    </message>
</context>
<context>
    <name>prep::ui::AuditorArea</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
</context>
<context>
    <name>prep::ui::DataFilesScreen</name>
    <message>
        <source>Clinical data files</source>
        <translation>Clinical data files</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Sources of the selected file</source>
        <translation>Sources of the selected file</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>reading the data files</source>
        <translation>reading the data files</translation>
    </message>
    <message>
        <source>embedded in the program</source>
        <translation>embedded in the program</translation>
    </message>
    <message>
        <source>site copy: %1</source>
        <translation>site copy: %1</translation>
    </message>
    <message>
        <source>CHANGED ON DISK since the station opened</source>
        <translation>CHANGED ON DISK since the station opened</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform>
            <numerusform>%n sources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk: the station decides with the loaded version until it restarts.</source>
        <translation>
            <numerusform>%n file changed on disk: the station decides with the loaded version until it restarts.</numerusform>
            <numerusform>%n files changed on disk: the station decides with the loaded version until it restarts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) loaded.</source>
        <translation>
            <numerusform>%n data file loaded.</numerusform>
            <numerusform>%n data files loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2 — %3</source>
        <translation>%1 — SHA-256 %2 — %3</translation>
    </message>
    <message>
        <source>The file cites no source.</source>
        <translation>The file cites no source.</translation>
    </message>
</context>
<context>
    <name>prep::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>This station runs without a configuration file: nothing can be saved.</source>
        <translation>This station runs without a configuration file: nothing can be saved.</translation>
    </message>
    <message>
        <source>Configuration file: %1 (changes take effect at the next start)</source>
        <translation>Configuration file: %1 (changes take effect at the next start)</translation>
    </message>
    <message>
        <source>Scale URI</source>
        <translation>Scale URI</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Register map</source>
        <translation>Register map</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <source>Reference weight (g)</source>
        <translation>Reference weight (g)</translation>
    </message>
    <message>
        <source>Stable weight timeout (s)</source>
        <translation>Stable weight timeout (s)</translation>
    </message>
    <message>
        <source>Camera URI</source>
        <translation>Camera URI</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Printer URI</source>
        <translation>Printer URI</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation>Evidence folder</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>saving the station configuration</source>
        <translation>saving the station configuration</translation>
    </message>
    <message>
        <source>Configuration saved (the previous one kept as %1.bak). It takes effect at the next start.</source>
        <translation>Configuration saved (the previous one kept as %1.bak). It takes effect at the next start.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>testing a device</source>
        <translation>testing a device</translation>
    </message>
    <message>
        <source> — serial %1</source>
        <translation> — serial %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>NOT OK: %1</source>
        <translation>NOT OK: %1</translation>
    </message>
    <message>
        <source> — SIMULATED</source>
        <translation> — SIMULATED</translation>
    </message>
</context>
<context>
    <name>prep::ui::DispatchWatchScreen</name>
    <message>
        <source>packed, waiting for the courier</source>
        <translation>packed, waiting for the courier</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>on its way</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>could not be delivered: coming back</source>
        <translation>could not be delivered: coming back</translation>
    </message>
    <message>
        <source>back at the PUI</source>
        <translation>back at the PUI</translation>
    </message>
    <message>
        <source>Dispatch watch</source>
        <translation>Dispatch watch</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <source>Shipments not yet settled</source>
        <translation>Shipments not yet settled</translation>
    </message>
    <message>
        <source>Alarms: each stays until a pharmacist closes it</source>
        <translation>Alarms: each stays until a pharmacist closes it</translation>
    </message>
    <message>
        <source>Show closed alarms</source>
        <translation>Show closed alarms</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Picked up</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Logger data</source>
        <translation>Logger data</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Open alarms</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Reason (or the return&apos;s note)</source>
        <translation>Reason (or the return&apos;s note)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>Close the alarm</source>
        <translation>Close the alarm</translation>
    </message>
    <message>
        <source>Shipment received back</source>
        <translation>Shipment received back</translation>
    </message>
    <message>
        <source>Destroy the dose</source>
        <translation>Destroy the dose</translation>
    </message>
    <message>
        <source>Send the dose out again</source>
        <translation>Send the dose out again</translation>
    </message>
    <message>
        <source>looking at the shipments</source>
        <translation>looking at the shipments</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>not arrived</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>closed: %1</translation>
    </message>
    <message>
        <source>closed by the decision on the dose</source>
        <translation>closed by the decision on the dose</translation>
    </message>
    <message>
        <source>no open alarm</source>
        <translation>no open alarm</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n open alarm</numerusform>
            <numerusform>%n open alarms</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alarm in the list first.</source>
        <translation>Choose an alarm in the list first.</translation>
    </message>
    <message>
        <source>closing the alarm</source>
        <translation>closing the alarm</translation>
    </message>
    <message>
        <source>Alarm closed, with your reason, in the audit trail.</source>
        <translation>Alarm closed, with your reason, in the audit trail.</translation>
    </message>
    <message>
        <source>Choose the shipment that came back first.</source>
        <translation>Choose the shipment that came back first.</translation>
    </message>
    <message>
        <source>receiving the shipment</source>
        <translation>receiving the shipment</translation>
    </message>
    <message>
        <source>Shipment %1 is back at the PUI: decide on each of its doses.</source>
        <translation>Shipment %1 is back at the PUI: decide on each of its doses.</translation>
    </message>
    <message>
        <source>Choose the alarm of the dose that came back first.</source>
        <translation>Choose the alarm of the dose that came back first.</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>recording the decision</translation>
    </message>
    <message>
        <source>Preparation %1: to be destroyed.</source>
        <translation>Preparation %1: to be destroyed.</translation>
    </message>
    <message>
        <source>Preparation %1 is released again: pack it in a new shipment.</source>
        <translation>Preparation %1 is released again: pack it in a new shipment.</translation>
    </message>
</context>
<context>
    <name>prep::ui::GuidedPreparationScreen</name>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>out of tolerance: a pharmacist decides</source>
        <translation>out of tolerance: a pharmacist decides</translation>
    </message>
    <message>
        <source>rejected: redo with a new syringe</source>
        <translation>rejected: redo with a new syringe</translation>
    </message>
    <message>
        <source>Back to the worklist</source>
        <translation>Back to the worklist</translation>
    </message>
    <message>
        <source>Cancel the weighing</source>
        <translation>Cancel the weighing</translation>
    </message>
    <message>
        <source>Diluent used</source>
        <translation>Diluent used</translation>
    </message>
    <message>
        <source>Storage until administration</source>
        <translation>Storage until administration</translation>
    </message>
    <message>
        <source>Your password (signature &quot;prepared by&quot;)</source>
        <translation>Your password (signature &quot;prepared by&quot;)</translation>
    </message>
    <message>
        <source>as the site&apos;s practice says</source>
        <translation>as the site&apos;s practice says</translation>
    </message>
    <message>
        <source>refrigerated (2-8 °C)</source>
        <translation>refrigerated (2-8 °C)</translation>
    </message>
    <message>
        <source>room temperature</source>
        <translation>room temperature</translation>
    </message>
    <message>
        <source>refrigerated 2-8 °C</source>
        <translation>refrigerated 2-8 °C</translation>
    </message>
    <message>
        <source>room temperature (25 °C)</source>
        <translation>room temperature (25 °C)</translation>
    </message>
    <message>
        <source>frozen, then thawed at 2-8 °C</source>
        <translation>frozen, then thawed at 2-8 °C</translation>
    </message>
    <message>
        <source>Scale: %1 — serial %2</source>
        <translation>Scale: %1 — serial %2</translation>
    </message>
    <message>
        <source>camera: no frame yet</source>
        <translation>camera: no frame yet</translation>
    </message>
    <message>
        <source>Opening the preparation…</source>
        <translation>Opening the preparation…</translation>
    </message>
    <message>
        <source>opening the preparation</source>
        <translation>opening the preparation</translation>
    </message>
    <message>
        <source>reading the batch record</source>
        <translation>reading the batch record</translation>
    </message>
    <message>
        <source>%1 — %2 %3 in %4 — syringe %5 of %6 — %7</source>
        <translation>%1 — %2 %3 in %4 — syringe %5 of %6 — %7</translation>
    </message>
    <message>
        <source>Scanned: GTIN %1, lot %2, expiry %3, serial %4</source>
        <translation>Scanned: GTIN %1, lot %2, expiry %3, serial %4</translation>
    </message>
    <message>
        <source>Scanned: nothing yet</source>
        <translation>Scanned: nothing yet</translation>
    </message>
    <message>
        <source>Daily scale check: put the %1 reference weight on the scale</source>
        <translation>Daily scale check: put the %1 reference weight on the scale</translation>
    </message>
    <message>
        <source>Weigh the reference</source>
        <translation>Weigh the reference</translation>
    </message>
    <message>
        <source>Read the vial with the camera</source>
        <translation>Read the vial with the camera</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Print the label</translation>
    </message>
    <message>
        <source>Check the label file</source>
        <translation>Check the label file</translation>
    </message>
    <message>
        <source>Read the label with the camera</source>
        <translation>Read the label with the camera</translation>
    </message>
    <message>
        <source>Sign: prepared</source>
        <translation>Sign: prepared</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Weigh</translation>
    </message>
    <message>
        <source>The dose is out of tolerance: a pharmacist accepts or rejects it at their screen. Nothing else can be done on this syringe until then.</source>
        <translation>The dose is out of tolerance: a pharmacist accepts or rejects it at their screen. Nothing else can be done on this syringe until then.</translation>
    </message>
    <message>
        <source>daily scale check</source>
        <translation>daily scale check</translation>
    </message>
    <message>
        <source>reference %1 weighed %2 (deviation %3 %, limit ± %4 %)</source>
        <translation>reference %1 weighed %2 (deviation %3 %, limit ± %4 %)</translation>
    </message>
    <message>
        <source>Daily check FAILED: %1. Doses cannot be weighed on this scale.</source>
        <translation>Daily check FAILED: %1. Doses cannot be weighed on this scale.</translation>
    </message>
    <message>
        <source>Daily check passed: %1</source>
        <translation>Daily check passed: %1</translation>
    </message>
    <message>
        <source>reading the vial with the camera</source>
        <translation>reading the vial with the camera</translation>
    </message>
    <message>
        <source>Vial accepted: %1</source>
        <translation>Vial accepted: %1</translation>
    </message>
    <message>
        <source>weighing the vial</source>
        <translation>weighing the vial</translation>
    </message>
    <message>
        <source>Vial before diluent: %1</source>
        <translation>Vial before diluent: %1</translation>
    </message>
    <message>
        <source>Diluent added %1 (expected %2, deviation %3 %): %4</source>
        <translation>Diluent added %1 (expected %2, deviation %3 %): %4</translation>
    </message>
    <message>
        <source>weighing the empty syringe</source>
        <translation>weighing the empty syringe</translation>
    </message>
    <message>
        <source>Empty syringe: %1</source>
        <translation>Empty syringe: %1</translation>
    </message>
    <message>
        <source>weighing the filled syringe</source>
        <translation>weighing the filled syringe</translation>
    </message>
    <message>
        <source>Dose %1 for %2 ordered (deviation %3 %, tolerance ± %4 %): %5</source>
        <translation>Dose %1 for %2 ordered (deviation %3 %, tolerance ± %4 %): %5</translation>
    </message>
    <message>
        <source>printing the label</source>
        <translation>printing the label</translation>
    </message>
    <message>
        <source>Label printed (%1), expiry %2</source>
        <translation>Label printed (%1), expiry %2</translation>
    </message>
    <message>
        <source>reading the label file back</source>
        <translation>reading the label file back</translation>
    </message>
    <message>
        <source>The label file does not read back as this preparation (read: %1)</source>
        <translation>The label file does not read back as this preparation (read: %1)</translation>
    </message>
    <message>
        <source>The label file reads back as %1</source>
        <translation>The label file reads back as %1</translation>
    </message>
    <message>
        <source>reading the label with the camera</source>
        <translation>reading the label with the camera</translation>
    </message>
    <message>
        <source>The camera did not see this preparation&apos;s label</source>
        <translation>The camera did not see this preparation&apos;s label</translation>
    </message>
    <message>
        <source>The camera read the label: %1</source>
        <translation>The camera read the label: %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>signing</translation>
    </message>
    <message>
        <source>%1 prepared and signed</source>
        <translation>%1 prepared and signed</translation>
    </message>
    <message>
        <source>a code was scanned, but no scan is expected now (%1)</source>
        <translation>a code was scanned, but no scan is expected now (%1)</translation>
    </message>
    <message>
        <source>checking the scanned vial</source>
        <translation>checking the scanned vial</translation>
    </message>
    <message>
        <source>Expected vial: %1 — GTIN %2</source>
        <translation>Expected vial: %1 — GTIN %2</translation>
    </message>
    <message>
        <source>Vial before withdrawal: %1</source>
        <translation>Vial before withdrawal: %1</translation>
    </message>
    <message>
        <source>The vial lost %1, the syringe gained %2 (difference %3): %4</source>
        <translation>The vial lost %1, the syringe gained %2 (difference %3): %4</translation>
    </message>
    <message>
        <source>they match</source>
        <translation>they match</translation>
    </message>
    <message>
        <source>THEY DO NOT MATCH: a pharmacist decides</source>
        <translation>THEY DO NOT MATCH: a pharmacist decides</translation>
    </message>
    <message>
        <source>Go back…</source>
        <translation>Go back…</translation>
    </message>
    <message>
        <source>Why (recorded)</source>
        <translation>Why (recorded)</translation>
    </message>
    <message>
        <source>Scan another vial</source>
        <translation>Scan another vial</translation>
    </message>
    <message>
        <source>Take a new empty syringe</source>
        <translation>Take a new empty syringe</translation>
    </message>
    <message>
        <source>going back</source>
        <translation>going back</translation>
    </message>
    <message>
        <source>The vial scan is set aside: scan the vial</source>
        <translation>The vial scan is set aside: scan the vial</translation>
    </message>
    <message>
        <source>The syringe is set aside: weigh a new empty syringe</source>
        <translation>The syringe is set aside: weigh a new empty syringe</translation>
    </message>
</context>
<context>
    <name>prep::ui::LoginScreen</name>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Once more</translation>
    </message>
    <message>
        <source>PrepStation — preparation of doses</source>
        <translation>PrepStation — preparation of doses</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>An administrator gave you this password: choose your own before you start.</source>
        <translation>An administrator gave you this password: choose your own before you start.</translation>
    </message>
    <message>
        <source>Change my password and log in</source>
        <translation>Change my password and log in</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>checking the password</source>
        <translation>checking the password</translation>
    </message>
    <message>
        <source>the two new passwords differ</source>
        <translation>the two new passwords differ</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>changing the password</translation>
    </message>
</context>
<context>
    <name>prep::ui::LotRecallScreen</name>
    <message>
        <source>Lot recall</source>
        <translation>Lot recall</translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation>Vial lot</translation>
    </message>
    <message>
        <source>Find the preparations</source>
        <translation>Find the preparations</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>the scanned code carries no lot (10)</source>
        <translation>the scanned code carries no lot (10)</translation>
    </message>
    <message>
        <source>tracing the lot</source>
        <translation>tracing the lot</translation>
    </message>
    <message numerus="yes">
        <source>%n preparation(s) made from this lot</source>
        <translation>
            <numerusform>%n preparation made from this lot</numerusform>
            <numerusform>%n preparations made from this lot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prep::ui::OrderValidationScreen</name>
    <message>
        <source>Orders to validate</source>
        <translation>Orders to validate</translation>
    </message>
    <message>
        <source>Protocol checks of the selected order</source>
        <translation>Protocol checks of the selected order</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Cycle/day</source>
        <translation>Cycle/day</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason for the overrides</source>
        <translation>Reason for the overrides</translation>
    </message>
    <message>
        <source>Your password (signature)</source>
        <translation>Your password (signature)</translation>
    </message>
    <message>
        <source>Validate the order</source>
        <translation>Validate the order</translation>
    </message>
    <message>
        <source>reading the orders</source>
        <translation>reading the orders</translation>
    </message>
    <message>
        <source>%1 (%2 mg/m², BSA %3 m²)</source>
        <translation>%1 (%2 mg/m², BSA %3 m²)</translation>
    </message>
    <message>
        <source>running the protocol checks</source>
        <translation>running the protocol checks</translation>
    </message>
    <message>
        <source>validating the order</source>
        <translation>validating the order</translation>
    </message>
    <message>
        <source>Order %1 validated: the technicians can prepare it</source>
        <translation>Order %1 validated: the technicians can prepare it</translation>
    </message>
</context>
<context>
    <name>prep::ui::PharmacistArea</name>
    <message>
        <source>Orders to validate</source>
        <translation>Orders to validate</translation>
    </message>
    <message>
        <source>Decide and release</source>
        <translation>Decide and release</translation>
    </message>
    <message>
        <source>Lot recall</source>
        <translation>Lot recall</translation>
    </message>
    <message>
        <source>Dispatch watch</source>
        <translation>Dispatch watch</translation>
    </message>
</context>
<context>
    <name>prep::ui::ReleaseScreen</name>
    <message>
        <source>To decide and to release</source>
        <translation>To decide and to release</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Mass</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>Reason (decision on the dose)</source>
        <translation>Reason (decision on the dose)</translation>
    </message>
    <message>
        <source>Your password (signature)</source>
        <translation>Your password (signature)</translation>
    </message>
    <message>
        <source>Accept the dose</source>
        <translation>Accept the dose</translation>
    </message>
    <message>
        <source>Reject: redo</source>
        <translation>Reject: redo</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>reading the preparations to review</source>
        <translation>reading the preparations to review</translation>
    </message>
    <message>
        <source>decision on the dose</source>
        <translation>decision on the dose</translation>
    </message>
    <message>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <source>reading the batch record</source>
        <translation>reading the batch record</translation>
    </message>
    <message>
        <source>Nothing to decide or release.</source>
        <translation>Nothing to decide or release.</translation>
    </message>
    <message>
        <source>%1 — %2, syringe %3 of %4 — %5
Ordered %6 in %7; measured %8 (deviation %9 %): %10</source>
        <translation>%1 — %2, syringe %3 of %4 — %5
Ordered %6 in %7; measured %8 (deviation %9 %): %10</translation>
    </message>
    <message>
        <source>Expiry %1 (rule %2, %3)</source>
        <translation>Expiry %1 (rule %2, %3)</translation>
    </message>
    <message>
        <source>vial scan</source>
        <translation>vial scan</translation>
    </message>
    <message>
        <source>GTIN %1, lot %2, expiry %3 (%4)</source>
        <translation>GTIN %1, lot %2, expiry %3 (%4)</translation>
    </message>
    <message>
        <source>pharmacist&apos;s decision</source>
        <translation>pharmacist&apos;s decision</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>data used by %1</source>
        <translation>data used by %1</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>label %1</translation>
    </message>
    <message>
        <source> — read back</source>
        <translation> — read back</translation>
    </message>
    <message>
        <source>The dose is outside the tolerance: accept it with a reason, or reject it (the technician redoes the syringe).</source>
        <translation>The dose is outside the tolerance: accept it with a reason, or reject it (the technician redoes the syringe).</translation>
    </message>
    <message>
        <source>Nothing blocks the release.</source>
        <translation>Nothing blocks the release.</translation>
    </message>
    <message>
        <source>Release is blocked:</source>
        <translation>Release is blocked:</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>recording the decision</translation>
    </message>
    <message>
        <source>Dose accepted: the technician may go on to the label</source>
        <translation>Dose accepted: the technician may go on to the label</translation>
    </message>
    <message>
        <source>Dose rejected: the technician redoes the syringe</source>
        <translation>Dose rejected: the technician redoes the syringe</translation>
    </message>
    <message>
        <source>releasing</source>
        <translation>releasing</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 released</translation>
    </message>
    <message>
        <source>Weighings</source>
        <translation>Weighings</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>Batch record</translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation>Evidence photos</translation>
    </message>
</context>
<context>
    <name>prep::ui::SimulatedHandsPanel</name>
    <message>
        <source>Reference weight on the pan</source>
        <translation>Reference weight on the pan</translation>
    </message>
    <message>
        <source>Clear the pan</source>
        <translation>Clear the pan</translation>
    </message>
    <message>
        <source>Vial on the pan</source>
        <translation>Vial on the pan</translation>
    </message>
    <message>
        <source>Add the diluent</source>
        <translation>Add the diluent</translation>
    </message>
    <message>
        <source>Empty syringe on the pan</source>
        <translation>Empty syringe on the pan</translation>
    </message>
    <message>
        <source>Fill the syringe (on target)</source>
        <translation>Fill the syringe (on target)</translation>
    </message>
    <message>
        <source>Fill 6 % over</source>
        <translation>Fill 6 % over</translation>
    </message>
    <message>
        <source>Fill 6 % under</source>
        <translation>Fill 6 % under</translation>
    </message>
    <message>
        <source>Show the vial to the camera</source>
        <translation>Show the vial to the camera</translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation>Show the printed label to the camera</translation>
    </message>
    <message>
        <source>Simulated bench — the technician&apos;s hands</source>
        <translation>Simulated bench — the technician&apos;s hands</translation>
    </message>
    <message>
        <source>SIMULATED BENCH (sim://): the technician&apos;s hands, for training</source>
        <translation>SIMULATED BENCH (sim://): the technician&apos;s hands, for training</translation>
    </message>
    <message>
        <source>Vial back on the pan</source>
        <translation>Vial back on the pan</translation>
    </message>
    <message>
        <source>Fill from the diluent bag</source>
        <translation>Fill from the diluent bag</translation>
    </message>
    <message>
        <source>Fill with air</source>
        <translation>Fill with air</translation>
    </message>
</context>
<context>
    <name>prep::ui::StationDesktop</name>
    <message>
        <source>PrepStation — %1</source>
        <translation>PrepStation — %1</translation>
    </message>
    <message>
        <source>SIMULATED DEVICES (sim://) — training only, never for a patient&apos;s dose</source>
        <translation>SIMULATED DEVICES (sim://) — training only, never for a patient&apos;s dose</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Nobody logged in</translation>
    </message>
    <message>
        <source>Couriers and nurses record handovers and administrations on their phones (the station&apos;s web service): there is nothing for your role at the isolator.</source>
        <translation>Couriers and nurses record handovers and administrations on their phones (the station&apos;s web service): there is nothing for your role at the isolator.</translation>
    </message>
</context>
<context>
    <name>prep::ui::TraceScreen</name>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Preparation (number or id)</source>
        <translation>Preparation (number or id)</translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation>Vial lot</translation>
    </message>
    <message>
        <source>Patient (IPP)</source>
        <translation>Patient (IPP)</translation>
    </message>
    <message>
        <source>Preparation number, lot or IPP</source>
        <translation>Preparation number, lot or IPP</translation>
    </message>
    <message>
        <source>Export batch record (PDF)</source>
        <translation>Export batch record (PDF)</translation>
    </message>
    <message>
        <source>When (Paris)</source>
        <translation>When (Paris)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Shipment</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Shipment status</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Order status</translation>
    </message>
    <message>
        <source>Type what to trace.</source>
        <translation>Type what to trace.</translation>
    </message>
    <message>
        <source>tracing the patient</source>
        <translation>tracing the patient</translation>
    </message>
    <message numerus="yes">
        <source>Patient %1 %2 %3: %n order(s)</source>
        <translation>
            <numerusform>Patient %1 %2 %3: %n order</numerusform>
            <numerusform>Patient %1 %2 %3: %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient traced. Double-click a preparation for its history.</source>
        <translation>Patient traced. Double-click a preparation for its history.</translation>
    </message>
    <message>
        <source>tracing the lot</source>
        <translation>tracing the lot</translation>
    </message>
    <message>
        <source>reading the preparation&apos;s history</source>
        <translation>reading the preparation&apos;s history</translation>
    </message>
    <message>
        <source>Order prescribed</source>
        <translation>Order prescribed</translation>
    </message>
    <message>
        <source>Preparation planned</source>
        <translation>Preparation planned</translation>
    </message>
    <message>
        <source>Preparation started</source>
        <translation>Preparation started</translation>
    </message>
    <message>
        <source>Vial scanned</source>
        <translation>Vial scanned</translation>
    </message>
    <message>
        <source>Weighing (%1)</source>
        <translation>Weighing (%1)</translation>
    </message>
    <message>
        <source>Photo (%1)</source>
        <translation>Photo (%1)</translation>
    </message>
    <message>
        <source>Reconstituted</source>
        <translation>Reconstituted</translation>
    </message>
    <message>
        <source>Label read back</source>
        <translation>Label read back</translation>
    </message>
    <message>
        <source>Label read back by the camera</source>
        <translation>Label read back by the camera</translation>
    </message>
    <message>
        <source>Label printed (%1)</source>
        <translation>Label printed (%1)</translation>
    </message>
    <message>
        <source>Data version (%1)</source>
        <translation>Data version (%1)</translation>
    </message>
    <message>
        <source>Pharmacist accepted the deviation</source>
        <translation>Pharmacist accepted the deviation</translation>
    </message>
    <message>
        <source>Pharmacist rejected the deviation</source>
        <translation>Pharmacist rejected the deviation</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature: %1</translation>
    </message>
    <message>
        <source>Shipment packed</source>
        <translation>Shipment packed</translation>
    </message>
    <message>
        <source>Handover (%1)</source>
        <translation>Handover (%1)</translation>
    </message>
    <message>
        <source>Temperature logger imported</source>
        <translation>Temperature logger imported</translation>
    </message>
    <message>
        <source>Preparation %1 — %2 — %3, syringe %4 — patient %5 %6</source>
        <translation>Preparation %1 — %2 — %3, syringe %4 — patient %5 %6</translation>
    </message>
    <message>
        <source>Signatures valid: every signed content is unchanged.</source>
        <translation>Signatures valid: every signed content is unchanged.</translation>
    </message>
    <message>
        <source>Signatures NOT valid: a signed content has changed since signing.</source>
        <translation>Signatures NOT valid: a signed content has changed since signing.</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1: %n preparation(s)</source>
        <translation>
            <numerusform>Lot %1: %n preparation</numerusform>
            <numerusform>Lot %1: %n preparations</numerusform>
        </translation>
    </message>
    <message>
        <source>No preparation used this lot.</source>
        <translation>No preparation used this lot.</translation>
    </message>
    <message>
        <source>Lot traced. Double-click a preparation for its history.</source>
        <translation>Lot traced. Double-click a preparation for its history.</translation>
    </message>
    <message>
        <source>Export batch record</source>
        <translation>Export batch record</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>writing the batch record</source>
        <translation>writing the batch record</translation>
    </message>
    <message>
        <source>Batch record written: %1</source>
        <translation>Batch record written: %1</translation>
    </message>
</context>
<context>
    <name>prep::ui::UsersScreen</name>
    <message>
        <source>disabling the account</source>
        <translation>disabling the account</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Account %1 disabled.</translation>
    </message>
    <message>
        <source>enabling the account</source>
        <translation>enabling the account</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Account %1 enabled.</translation>
    </message>
    <message>
        <source>unlocking the account</source>
        <translation>unlocking the account</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Account %1 unlocked.</translation>
    </message>
    <message>
        <source>setting a new password</source>
        <translation>setting a new password</translation>
    </message>
    <message>
        <source>New password set for %1: it must be changed at the next login.</source>
        <translation>New password set for %1: it must be changed at the next login.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Login (e.g. tech.dupont)</source>
        <translation>Login (e.g. tech.dupont)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>First password (changed at first login)</source>
        <translation>First password (changed at first login)</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Selected account</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>New password (changed at next login)</source>
        <translation>New password (changed at next login)</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <source>reading the accounts</source>
        <translation>reading the accounts</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>no (disabled)</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>LOCKED</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>creating the account</source>
        <translation>creating the account</translation>
    </message>
    <message>
        <source>Account %1 created: its password must be changed at the first login.</source>
        <translation>Account %1 created: its password must be changed at the first login.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Select an account first.</translation>
    </message>
</context>
<context>
    <name>prep::ui::WeightGauge</name>
    <message>
        <source>SCALE FAULT: %1</source>
        <translation>SCALE FAULT: %1</translation>
    </message>
    <message>
        <source>THE SCALE HAS NOT ANSWERED FOR %1 s</source>
        <translation>THE SCALE HAS NOT ANSWERED FOR %1 s</translation>
    </message>
    <message>
        <source>Target %1 (accepted %2 to %3, ± %4 %)</source>
        <translation>Target %1 (accepted %2 to %3, ± %4 %)</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>no reading yet</translation>
    </message>
    <message>
        <source>✔ STABLE</source>
        <translation>✔ STABLE</translation>
    </message>
    <message>
        <source>≈ NOT STABLE — wait</source>
        <translation>≈ NOT STABLE — wait</translation>
    </message>
</context>
<context>
    <name>prep::ui::WorklistScreen</name>
    <message>
        <source>Worklist</source>
        <translation>Worklist</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Preparation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Drug</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Syringe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>reading the worklist</source>
        <translation>reading the worklist</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>order %1</translation>
    </message>
    <message>
        <source>to plan</source>
        <translation>to plan</translation>
    </message>
    <message>
        <source>Nothing to prepare.</source>
        <translation>Nothing to prepare.</translation>
    </message>
    <message>
        <source>planning the order&apos;s syringes</source>
        <translation>planning the order&apos;s syringes</translation>
    </message>
</context>
</TS>
