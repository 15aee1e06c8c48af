<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>GuidedPreparationScreen</name>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of tolerance: a pharmacist decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: redo with a new syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the weighing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diluent used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage until administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (signature &quot;prepared by&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as the site&apos;s practice says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refrigerated (2-8 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refrigerated 2-8 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room temperature (25 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen, then thawed at 2-8 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale: %1 — serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>camera: no frame yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the preparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening the preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3 in %4 — syringe %5 of %6 — %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected vial: %1 (%2), %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: GTIN %1, lot %2, expiry %3, serial %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily scale check: put the %1 reference weight on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vial with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the label with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose is out of tolerance: a pharmacist accepts or rejects it at their screen. Nothing else can be done on this syringe until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily scale check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 weighed %2 (deviation %3 %, limit ± %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check FAILED: %1. Doses cannot be weighed on this scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily check passed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the vial with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighing the vial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial before diluent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diluent added %1 (expected %2, deviation %3 %): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighing the empty syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty syringe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighing the filled syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose %1 for %2 ordered (deviation %3 %, tolerance ± %4 %): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label printed (%1), expiry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the label file back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file does not read back as this preparation (read: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label file reads back as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the label with the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera did not see this preparation&apos;s label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera read the label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prepared and signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code was scanned, but no scan is expected now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the scanned vial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PrepStation — preparation of doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator gave you this password: choose your own before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my password and log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two new passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LotRecallScreen</name>
    <message>
        <source>Lot recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the preparations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scanned code carries no lot (10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracing the lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n preparation(s) made from this lot</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderValidationScreen</name>
    <message>
        <source>Orders to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol checks of the selected order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 mg/m², BSA %3 m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running the protocol checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validating the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 validated: the technicians can prepare it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PharmacistArea</name>
    <message>
        <source>Orders to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide and release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot recall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReleaseScreen</name>
    <message>
        <source>To decide and to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (decision on the dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the preparations to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision on the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the batch record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to decide or release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, syringe %3 of %4 — %5
Ordered %6 in %7; measured %8 (deviation %9 %): %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry %1 (rule %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vial scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTIN %1, lot %2, expiry %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacist&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data used by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose is outside the tolerance: accept it with a reason, or reject it (the technician redoes the syringe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release is blocked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose accepted: the technician may go on to the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose rejected: the technician redoes the syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulatedHandsPanel</name>
    <message>
        <source>Reference weight on the pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vial on the pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the diluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty syringe on the pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the syringe (on target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill 6 % over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill 6 % under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vial to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated bench — the technician&apos;s hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED BENCH (sim://): the technician&apos;s hands, for training</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StationDesktop</name>
    <message>
        <source>PrepStation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIMULATED DEVICES (sim://) — training only, never for a patient&apos;s dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1 · serial %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couriers and nurses record handovers and administrations on their phones (the station&apos;s web service): there is nothing for your role at the isolator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightGauge</name>
    <message>
        <source>SCALE FAULT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THE SCALE HAS NOT ANSWERED FOR %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 (accepted %2 to %3, ± %4 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ STABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ NOT STABLE — wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorklistScreen</name>
    <message>
        <source>Worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the worklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to prepare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planning the order&apos;s syringes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prep::ui</name>
    <message>
        <source>Start the preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the vial&apos;s DataMatrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the vial on the scale, before its diluent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the diluent, then put the vial back on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the empty syringe (with its cap) on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the syringe, then put it on the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of tolerance: a pharmacist must decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the printed label file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared: awaiting pharmaceutical release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released: on its way to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left to do at the isolator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not weighed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within tolerance: accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected: redo the syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of tolerance: awaiting a pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted by a pharmacist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by a pharmacist: redo the syringe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle and day of the regimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval since the last dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose level (reductions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered dose vs body surface area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body surface area cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: override with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HARD STOP: cannot be validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical data fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
