<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Words</name>
    <message>
        <source>Start the preparation</source>
        <translation>Start the preparation</translation>
    </message>
    <message>
        <source>Scan the vial's DataMatrix</source>
        <translation>Scan the vial's DataMatrix</translation>
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
        <source>Re-hashes the whole audit trail, compares every audited record with its last audited value and checks the checkpoints signed by the station's keys.</source>
        <translation>Re-hashes the whole audit trail, compares every audited record with its last audited value and checks the checkpoints signed by the station's keys.</translation>
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
            <numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk: the station decides with the loaded version until it restarts.</source>
        <translation>
            <numerusform>%n file changed on disk: the station decides with the loaded version until it restarts.</numerusform><numerusform>%n files changed on disk: the station decides with the loaded version until it restarts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) loaded.</source>
        <translation>
            <numerusform>%n data file loaded.</numerusform><numerusform>%n data files loaded.</numerusform></translation>
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
        <source>Your password (signature "prepared by")</source>
        <translation>Your password (signature "prepared by")</translation>
    </message>
    <message>
        <source>as the site's practice says</source>
        <translation>as the site's practice says</translation>
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
        <source>The camera did not see this preparation's label</source>
        <translation>The camera did not see this preparation's label</translation>
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
            <numerusform>%n preparation made from this lot</numerusform><numerusform>%n preparations made from this lot</numerusform></translation>
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
        <source>pharmacist's decision</source>
        <translation>pharmacist's decision</translation>
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
        <source>Simulated bench — the technician's hands</source>
        <translation>Simulated bench — the technician's hands</translation>
    </message>
    <message>
        <source>SIMULATED BENCH (sim://): the technician's hands, for training</source>
        <translation>SIMULATED BENCH (sim://): the technician's hands, for training</translation>
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
        <source>SIMULATED DEVICES (sim://) — training only, never for a patient's dose</source>
        <translation>SIMULATED DEVICES (sim://) — training only, never for a patient's dose</translation>
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
        <source>Couriers and nurses record handovers and administrations on their phones (the station's web service): there is nothing for your role at the isolator.</source>
        <translation>Couriers and nurses record handovers and administrations on their phones (the station's web service): there is nothing for your role at the isolator.</translation>
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
            <numerusform>Patient %1 %2 %3: %n order</numerusform><numerusform>Patient %1 %2 %3: %n orders</numerusform></translation>
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
        <source>reading the preparation's history</source>
        <translation>reading the preparation's history</translation>
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
            <numerusform>Lot %1: %n preparation</numerusform><numerusform>Lot %1: %n preparations</numerusform></translation>
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
        <source>planning the order's syringes</source>
        <translation>planning the order's syringes</translation>
    </message>
</context>
</TS>
