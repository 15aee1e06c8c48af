<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Words</name>
    <message>
        <source>Start the preparation</source>
        <translation>Commencer la préparation</translation>
    </message>
    <message>
        <source>Scan the vial's DataMatrix</source>
        <translation>Scannez le DataMatrix du flacon</translation>
    </message>
    <message>
        <source>Put the vial on the scale, before its diluent</source>
        <translation>Posez le flacon sur la balance, avant le diluant</translation>
    </message>
    <message>
        <source>Add the diluent, then put the vial back on the scale</source>
        <translation>Ajoutez le diluant, puis reposez le flacon sur la balance</translation>
    </message>
    <message>
        <source>Put the empty syringe (with its cap) on the scale</source>
        <translation>Posez la seringue vide (avec son bouchon) sur la balance</translation>
    </message>
    <message>
        <source>Fill the syringe, then put it on the scale</source>
        <translation>Remplissez la seringue, puis posez-la sur la balance</translation>
    </message>
    <message>
        <source>Out of tolerance: a pharmacist must decide</source>
        <translation>Hors tolérance : un pharmacien doit décider</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Imprimer l'étiquette</translation>
    </message>
    <message>
        <source>Check the printed label file</source>
        <translation>Vérifiez le fichier de l'étiquette imprimée</translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation>Montrer l'étiquette imprimée à la caméra</translation>
    </message>
    <message>
        <source>Sign the preparation</source>
        <translation>Signez la préparation</translation>
    </message>
    <message>
        <source>Prepared: awaiting pharmaceutical release</source>
        <translation>Préparée : en attente de libération pharmaceutique</translation>
    </message>
    <message>
        <source>Released: on its way to the patient</source>
        <translation>Libérée : en route vers le patient</translation>
    </message>
    <message>
        <source>Nothing left to do at the isolator</source>
        <translation>Plus rien à faire à l'isolateur</translation>
    </message>
    <message>
        <source>to prepare</source>
        <translation>à préparer</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <source>released</source>
        <translation>libérée</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <source>administered</source>
        <translation>administrée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>to validate</source>
        <translation>à valider</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>technician</source>
        <translation>préparateur</translation>
    </message>
    <message>
        <source>pharmacist</source>
        <translation>pharmacien</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>coursier</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>infirmier</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>not weighed yet</source>
        <translation>pas encore pesée</translation>
    </message>
    <message>
        <source>within tolerance: accepted</source>
        <translation>dans la tolérance : acceptée</translation>
    </message>
    <message>
        <source>rejected: redo the syringe</source>
        <translation>refusée : refaire la seringue</translation>
    </message>
    <message>
        <source>out of tolerance: awaiting a pharmacist</source>
        <translation>hors tolérance : en attente d'un pharmacien</translation>
    </message>
    <message>
        <source>accepted by a pharmacist</source>
        <translation>acceptée par un pharmacien</translation>
    </message>
    <message>
        <source>rejected by a pharmacist: redo the syringe</source>
        <translation>refusée par un pharmacien : refaire la seringue</translation>
    </message>
    <message>
        <source>cycle and day of the regimen</source>
        <translation>cycle et jour du protocole</translation>
    </message>
    <message>
        <source>interval since the last dose</source>
        <translation>intervalle depuis la dernière dose</translation>
    </message>
    <message>
        <source>dose level (reductions)</source>
        <translation>palier de dose (réductions)</translation>
    </message>
    <message>
        <source>ordered dose vs body surface area</source>
        <translation>dose prescrite et surface corporelle</translation>
    </message>
    <message>
        <source>body surface area cap</source>
        <translation>plafond de surface corporelle</translation>
    </message>
    <message>
        <source>duplicate order</source>
        <translation>prescription en double</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>warning: override with a reason</source>
        <translation>alerte : dérogation avec motif</translation>
    </message>
    <message>
        <source>HARD STOP: cannot be validated</source>
        <translation>BLOCAGE : ne peut pas être validée</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Device fault</source>
        <translation>Défaut d'appareil</translation>
    </message>
    <message>
        <source>Database fault</source>
        <translation>Défaut de base de données</translation>
    </message>
    <message>
        <source>Label fault</source>
        <translation>Défaut d'étiquette</translation>
    </message>
    <message>
        <source>File fault</source>
        <translation>Défaut de fichier</translation>
    </message>
    <message>
        <source>Clinical data fault</source>
        <translation>Défaut des données cliniques</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Change your password first</source>
        <translation>Changez d'abord votre mot de passe</translation>
    </message>
    <message>
        <source>vial before diluent</source>
        <translation>flacon avant diluant</translation>
    </message>
    <message>
        <source>vial after diluent</source>
        <translation>flacon après diluant</translation>
    </message>
    <message>
        <source>empty syringe</source>
        <translation>seringue vide</translation>
    </message>
    <message>
        <source>filled syringe</source>
        <translation>seringue remplie</translation>
    </message>
    <message>
        <source>daily check</source>
        <translation>contrôle quotidien</translation>
    </message>
    <message>
        <source>Put the vial on the scale, before drawing the dose</source>
        <translation>Posez le flacon sur la balance, avant de prélever la dose</translation>
    </message>
    <message>
        <source>Put the vial back on the scale, after drawing the dose</source>
        <translation>Reposez le flacon sur la balance, après avoir prélevé la dose</translation>
    </message>
    <message>
        <source>vial before withdrawal</source>
        <translation>flacon avant prélèvement</translation>
    </message>
    <message>
        <source>vial after withdrawal</source>
        <translation>flacon après prélèvement</translation>
    </message>
</context>
<context>
    <name>prep::ui::AdminArea</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Data files</source>
        <translation>Fichiers de données</translation>
    </message>
</context>
<context>
    <name>prep::ui::AuditVerifyScreen</name>
    <message>
        <source>Audit trail verification</source>
        <translation>Vérification de la piste d'audit</translation>
    </message>
    <message>
        <source>Re-hashes the whole audit trail, compares every audited record with its last audited value and checks the checkpoints signed by the station's keys.</source>
        <translation>Recalcule toute la chaîne d'empreintes de la piste d'audit, compare chaque enregistrement audité à sa dernière valeur auditée et vérifie les points de contrôle signés par les clés de la station.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d'audit…</translation>
    </message>
    <message>
        <source>verifying the audit trail</source>
        <translation>vérification de la piste d'audit</translation>
    </message>
    <message>
        <source>%1 entries checked, %2 records compared with their last audited value</source>
        <translation>%1 entrées vérifiées, %2 enregistrements comparés à leur dernière valeur auditée</translation>
    </message>
    <message>
        <source>Signed checkpoints not checked: the chain itself is broken.</source>
        <translation>Points de contrôle signés non vérifiés : la chaîne elle-même est rompue.</translation>
    </message>
    <message>
        <source>Last signed checkpoint: entry %1 (key %2, %3 checkpoints verified); %4 later entries not yet signed.</source>
        <translation>Dernier point de contrôle signé : entrée %1 (clé %2, %3 points de contrôle vérifiés) ; %4 entrées plus récentes pas encore signées.</translation>
    </message>
    <message>
        <source>No checkpoint signed by a trusted station key: the chain is not vouched for by a key.</source>
        <translation>Aucun point de contrôle signé par une clé de station de confiance : aucune clé ne garantit la chaîne.</translation>
    </message>
    <message>
        <source>Audit trail intact.</source>
        <translation>Piste d'audit intacte.</translation>
    </message>
</context>
<context>
    <name>prep::ui::AuditorArea</name>
    <message>
        <source>Trace</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d'audit</translation>
    </message>
</context>
<context>
    <name>prep::ui::DataFilesScreen</name>
    <message>
        <source>Clinical data files</source>
        <translation>Fichiers de données cliniques</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
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
        <translation>Sources du fichier choisi</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>reading the data files</source>
        <translation>lecture des fichiers de données</translation>
    </message>
    <message>
        <source>embedded in the program</source>
        <translation>intégré au programme</translation>
    </message>
    <message>
        <source>site copy: %1</source>
        <translation>copie du site : %1</translation>
    </message>
    <message>
        <source>CHANGED ON DISK since the station opened</source>
        <translation>MODIFIÉ SUR LE DISQUE depuis l'ouverture de la station</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s)</source>
        <translation>
            <numerusform>%n source</numerusform><numerusform>%n sources</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) changed on disk: the station decides with the loaded version until it restarts.</source>
        <translation>
            <numerusform>%n fichier modifié sur le disque : la station décide avec la version chargée jusqu'à son redémarrage.</numerusform><numerusform>%n fichiers modifiés sur le disque : la station décide avec la version chargée jusqu'à son redémarrage.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) loaded.</source>
        <translation>
            <numerusform>%n fichier de données chargé.</numerusform><numerusform>%n fichiers de données chargés.</numerusform></translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2 — %3</source>
        <translation>%1 — SHA-256 %2 — %3</translation>
    </message>
    <message>
        <source>The file cites no source.</source>
        <translation>Le fichier ne cite aucune source.</translation>
    </message>
</context>
<context>
    <name>prep::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>This station runs without a configuration file: nothing can be saved.</source>
        <translation>Cette station fonctionne sans fichier de configuration : rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Configuration file: %1 (changes take effect at the next start)</source>
        <translation>Fichier de configuration : %1 (les changements prennent effet au prochain démarrage)</translation>
    </message>
    <message>
        <source>Scale URI</source>
        <translation>URI de la balance</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Register map</source>
        <translation>Table des registres</translation>
    </message>
    <message>
        <source>Asset number</source>
        <translation>Numéro d'inventaire</translation>
    </message>
    <message>
        <source>Reference weight (g)</source>
        <translation>Poids étalon (g)</translation>
    </message>
    <message>
        <source>Stable weight timeout (s)</source>
        <translation>Délai de pesée stable (s)</translation>
    </message>
    <message>
        <source>Camera URI</source>
        <translation>URI de la caméra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Printer URI</source>
        <translation>URI de l'imprimante</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Evidence folder</source>
        <translation>Dossier des preuves</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>saving the station configuration</source>
        <translation>enregistrement de la configuration de la station</translation>
    </message>
    <message>
        <source>Configuration saved (the previous one kept as %1.bak). It takes effect at the next start.</source>
        <translation>Configuration enregistrée (la précédente gardée sous %1.bak). Elle prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test…</translation>
    </message>
    <message>
        <source>testing a device</source>
        <translation>test d'un appareil</translation>
    </message>
    <message>
        <source> — serial %1</source>
        <translation> — série %1</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <source>NOT OK: %1</source>
        <translation>EN DÉFAUT : %1</translation>
    </message>
    <message>
        <source> — SIMULATED</source>
        <translation> — SIMULÉ</translation>
    </message>
</context>
<context>
    <name>prep::ui::GuidedPreparationScreen</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>out of tolerance: a pharmacist decides</source>
        <translation>hors tolérance : un pharmacien décide</translation>
    </message>
    <message>
        <source>rejected: redo with a new syringe</source>
        <translation>refusée : refaire avec une nouvelle seringue</translation>
    </message>
    <message>
        <source>Back to the worklist</source>
        <translation>Retour à la liste de travail</translation>
    </message>
    <message>
        <source>Cancel the weighing</source>
        <translation>Annuler la pesée</translation>
    </message>
    <message>
        <source>Diluent used</source>
        <translation>Diluant utilisé</translation>
    </message>
    <message>
        <source>Storage until administration</source>
        <translation>Conservation jusqu'à l'administration</translation>
    </message>
    <message>
        <source>Your password (signature "prepared by")</source>
        <translation>Votre mot de passe (signature « préparé par »)</translation>
    </message>
    <message>
        <source>as the site's practice says</source>
        <translation>selon la pratique du site</translation>
    </message>
    <message>
        <source>refrigerated (2-8 °C)</source>
        <translation>réfrigéré (2-8 °C)</translation>
    </message>
    <message>
        <source>room temperature</source>
        <translation>température ambiante</translation>
    </message>
    <message>
        <source>refrigerated 2-8 °C</source>
        <translation>au réfrigérateur 2-8 °C</translation>
    </message>
    <message>
        <source>room temperature (25 °C)</source>
        <translation>température ambiante (25 °C)</translation>
    </message>
    <message>
        <source>frozen, then thawed at 2-8 °C</source>
        <translation>congelée, puis décongelée à 2-8 °C</translation>
    </message>
    <message>
        <source>Scale: %1 — serial %2</source>
        <translation>Balance : %1 — n° de série %2</translation>
    </message>
    <message>
        <source>camera: no frame yet</source>
        <translation>caméra : pas encore d'image</translation>
    </message>
    <message>
        <source>Opening the preparation…</source>
        <translation>Ouverture de la préparation…</translation>
    </message>
    <message>
        <source>opening the preparation</source>
        <translation>ouverture de la préparation</translation>
    </message>
    <message>
        <source>reading the batch record</source>
        <translation>lecture du dossier de lot</translation>
    </message>
    <message>
        <source>%1 — %2 %3 in %4 — syringe %5 of %6 — %7</source>
        <translation>%1 — %2 %3 dans %4 — seringue %5 sur %6 — %7</translation>
    </message>
    <message>
        <source>Scanned: GTIN %1, lot %2, expiry %3, serial %4</source>
        <translation>Scanné : GTIN %1, lot %2, péremption %3, série %4</translation>
    </message>
    <message>
        <source>Scanned: nothing yet</source>
        <translation>Scanné : rien pour le moment</translation>
    </message>
    <message>
        <source>Daily scale check: put the %1 reference weight on the scale</source>
        <translation>Contrôle quotidien de la balance : posez le poids étalon de %1 sur le plateau</translation>
    </message>
    <message>
        <source>Weigh the reference</source>
        <translation>Peser le poids étalon</translation>
    </message>
    <message>
        <source>Read the vial with the camera</source>
        <translation>Lire le flacon avec la caméra</translation>
    </message>
    <message>
        <source>Print the label</source>
        <translation>Imprimer l'étiquette</translation>
    </message>
    <message>
        <source>Check the label file</source>
        <translation>Vérifier le fichier de l'étiquette</translation>
    </message>
    <message>
        <source>Read the label with the camera</source>
        <translation>Lire l'étiquette avec la caméra</translation>
    </message>
    <message>
        <source>Sign: prepared</source>
        <translation>Signer : préparée</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Peser</translation>
    </message>
    <message>
        <source>The dose is out of tolerance: a pharmacist accepts or rejects it at their screen. Nothing else can be done on this syringe until then.</source>
        <translation>La dose est hors tolérance : un pharmacien l'accepte ou la refuse depuis son écran. Rien d'autre ne peut être fait sur cette seringue d'ici là.</translation>
    </message>
    <message>
        <source>daily scale check</source>
        <translation>contrôle quotidien de la balance</translation>
    </message>
    <message>
        <source>reference %1 weighed %2 (deviation %3 %, limit ± %4 %)</source>
        <translation>étalon de %1 pesé %2 (écart %3 %, limite ± %4 %)</translation>
    </message>
    <message>
        <source>Daily check FAILED: %1. Doses cannot be weighed on this scale.</source>
        <translation>Contrôle quotidien ÉCHOUÉ : %1. Aucune dose ne peut être pesée sur cette balance.</translation>
    </message>
    <message>
        <source>Daily check passed: %1</source>
        <translation>Contrôle quotidien réussi : %1</translation>
    </message>
    <message>
        <source>reading the vial with the camera</source>
        <translation>lecture du flacon par la caméra</translation>
    </message>
    <message>
        <source>Vial accepted: %1</source>
        <translation>Flacon accepté : %1</translation>
    </message>
    <message>
        <source>weighing the vial</source>
        <translation>pesée du flacon</translation>
    </message>
    <message>
        <source>Vial before diluent: %1</source>
        <translation>Flacon avant diluant : %1</translation>
    </message>
    <message>
        <source>Diluent added %1 (expected %2, deviation %3 %): %4</source>
        <translation>Diluant ajouté %1 (attendu %2, écart %3 %) : %4</translation>
    </message>
    <message>
        <source>weighing the empty syringe</source>
        <translation>pesée de la seringue vide</translation>
    </message>
    <message>
        <source>Empty syringe: %1</source>
        <translation>Seringue vide : %1</translation>
    </message>
    <message>
        <source>weighing the filled syringe</source>
        <translation>pesée de la seringue remplie</translation>
    </message>
    <message>
        <source>Dose %1 for %2 ordered (deviation %3 %, tolerance ± %4 %): %5</source>
        <translation>Dose %1 pour %2 prescrits (écart %3 %, tolérance ± %4 %) : %5</translation>
    </message>
    <message>
        <source>printing the label</source>
        <translation>impression de l'étiquette</translation>
    </message>
    <message>
        <source>Label printed (%1), expiry %2</source>
        <translation>Étiquette imprimée (%1), DLU %2</translation>
    </message>
    <message>
        <source>reading the label file back</source>
        <translation>relecture du fichier de l'étiquette</translation>
    </message>
    <message>
        <source>The label file does not read back as this preparation (read: %1)</source>
        <translation>Le fichier de l'étiquette ne se relit pas comme cette préparation (lu : %1)</translation>
    </message>
    <message>
        <source>The label file reads back as %1</source>
        <translation>Le fichier de l'étiquette se relit : %1</translation>
    </message>
    <message>
        <source>reading the label with the camera</source>
        <translation>lecture de l'étiquette par la caméra</translation>
    </message>
    <message>
        <source>The camera did not see this preparation's label</source>
        <translation>La caméra n'a pas vu l'étiquette de cette préparation</translation>
    </message>
    <message>
        <source>The camera read the label: %1</source>
        <translation>La caméra a lu l'étiquette : %1</translation>
    </message>
    <message>
        <source>signing</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>%1 prepared and signed</source>
        <translation>%1 préparée et signée</translation>
    </message>
    <message>
        <source>a code was scanned, but no scan is expected now (%1)</source>
        <translation>un code a été scanné, mais aucun scan n'est attendu maintenant (%1)</translation>
    </message>
    <message>
        <source>checking the scanned vial</source>
        <translation>contrôle du flacon scanné</translation>
    </message>
    <message>
        <source>Expected vial: %1 — GTIN %2</source>
        <translation>Flacon attendu : %1 — GTIN %2</translation>
    </message>
    <message>
        <source>Vial before withdrawal: %1</source>
        <translation>Flacon avant prélèvement : %1</translation>
    </message>
    <message>
        <source>The vial lost %1, the syringe gained %2 (difference %3): %4</source>
        <translation>Le flacon a perdu %1, la seringue a gagné %2 (différence %3) : %4</translation>
    </message>
    <message>
        <source>they match</source>
        <translation>ils concordent</translation>
    </message>
    <message>
        <source>THEY DO NOT MATCH: a pharmacist decides</source>
        <translation>ILS NE CONCORDENT PAS : un pharmacien décide</translation>
    </message>
    <message>
        <source>Go back…</source>
        <translation>Revenir en arrière…</translation>
    </message>
    <message>
        <source>Why (recorded)</source>
        <translation>Pourquoi (enregistré)</translation>
    </message>
    <message>
        <source>Scan another vial</source>
        <translation>Scanner un autre flacon</translation>
    </message>
    <message>
        <source>Take a new empty syringe</source>
        <translation>Prendre une nouvelle seringue vide</translation>
    </message>
    <message>
        <source>going back</source>
        <translation>retour en arrière</translation>
    </message>
    <message>
        <source>The vial scan is set aside: scan the vial</source>
        <translation>Le scan du flacon est écarté : scannez le flacon</translation>
    </message>
    <message>
        <source>The syringe is set aside: weigh a new empty syringe</source>
        <translation>La seringue est écartée : pesez une nouvelle seringue vide</translation>
    </message>
</context>
<context>
    <name>prep::ui::LoginScreen</name>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Once more</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>PrepStation — preparation of doses</source>
        <translation>PrepStation — préparation des doses</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>An administrator gave you this password: choose your own before you start.</source>
        <translation>Ce mot de passe vous a été donné par un administrateur : choisissez le vôtre avant de commencer.</translation>
    </message>
    <message>
        <source>Change my password and log in</source>
        <translation>Changer mon mot de passe et me connecter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>checking the password</source>
        <translation>vérification du mot de passe</translation>
    </message>
    <message>
        <source>the two new passwords differ</source>
        <translation>les deux nouveaux mots de passe diffèrent</translation>
    </message>
    <message>
        <source>changing the password</source>
        <translation>changement du mot de passe</translation>
    </message>
</context>
<context>
    <name>prep::ui::LotRecallScreen</name>
    <message>
        <source>Lot recall</source>
        <translation>Rappel de lot</translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation>Lot du flacon</translation>
    </message>
    <message>
        <source>Find the preparations</source>
        <translation>Trouver les préparations</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>the scanned code carries no lot (10)</source>
        <translation>le code scanné ne porte pas de lot (10)</translation>
    </message>
    <message>
        <source>tracing the lot</source>
        <translation>traçage du lot</translation>
    </message>
    <message numerus="yes">
        <source>%n preparation(s) made from this lot</source>
        <translation>
            <numerusform>%n préparation faite avec ce lot</numerusform><numerusform>%n préparations faites avec ce lot</numerusform></translation>
    </message>
</context>
<context>
    <name>prep::ui::OrderValidationScreen</name>
    <message>
        <source>Orders to validate</source>
        <translation>Prescriptions à valider</translation>
    </message>
    <message>
        <source>Protocol checks of the selected order</source>
        <translation>Contrôles du protocole de la prescription choisie</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Cycle/day</source>
        <translation>Cycle/jour</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason for the overrides</source>
        <translation>Motif des dérogations</translation>
    </message>
    <message>
        <source>Your password (signature)</source>
        <translation>Votre mot de passe (signature)</translation>
    </message>
    <message>
        <source>Validate the order</source>
        <translation>Valider la prescription</translation>
    </message>
    <message>
        <source>reading the orders</source>
        <translation>lecture des prescriptions</translation>
    </message>
    <message>
        <source>%1 (%2 mg/m², BSA %3 m²)</source>
        <translation>%1 (%2 mg/m², SC %3 m²)</translation>
    </message>
    <message>
        <source>running the protocol checks</source>
        <translation>contrôles du protocole</translation>
    </message>
    <message>
        <source>validating the order</source>
        <translation>validation de la prescription</translation>
    </message>
    <message>
        <source>Order %1 validated: the technicians can prepare it</source>
        <translation>Prescription %1 validée : les préparateurs peuvent la préparer</translation>
    </message>
</context>
<context>
    <name>prep::ui::PharmacistArea</name>
    <message>
        <source>Orders to validate</source>
        <translation>Prescriptions à valider</translation>
    </message>
    <message>
        <source>Decide and release</source>
        <translation>Décider et libérer</translation>
    </message>
    <message>
        <source>Lot recall</source>
        <translation>Rappel de lot</translation>
    </message>
</context>
<context>
    <name>prep::ui::ReleaseScreen</name>
    <message>
        <source>To decide and to release</source>
        <translation>À décider et à libérer</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation>En attente de</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Pesée</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Reason (decision on the dose)</source>
        <translation>Motif (décision sur la dose)</translation>
    </message>
    <message>
        <source>Your password (signature)</source>
        <translation>Votre mot de passe (signature)</translation>
    </message>
    <message>
        <source>Accept the dose</source>
        <translation>Accepter la dose</translation>
    </message>
    <message>
        <source>Reject: redo</source>
        <translation>Refuser : refaire</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>reading the preparations to review</source>
        <translation>lecture des préparations à revoir</translation>
    </message>
    <message>
        <source>decision on the dose</source>
        <translation>décision sur la dose</translation>
    </message>
    <message>
        <source>release</source>
        <translation>libération</translation>
    </message>
    <message>
        <source>reading the batch record</source>
        <translation>lecture du dossier de lot</translation>
    </message>
    <message>
        <source>Nothing to decide or release.</source>
        <translation>Rien à décider ni à libérer.</translation>
    </message>
    <message>
        <source>%1 — %2, syringe %3 of %4 — %5
Ordered %6 in %7; measured %8 (deviation %9 %): %10</source>
        <translation>%1 — %2, seringue %3 sur %4 — %5
Prescrit %6 dans %7 ; mesuré %8 (écart %9 %) : %10</translation>
    </message>
    <message>
        <source>Expiry %1 (rule %2, %3)</source>
        <translation>DLU %1 (règle %2, %3)</translation>
    </message>
    <message>
        <source>vial scan</source>
        <translation>scan du flacon</translation>
    </message>
    <message>
        <source>GTIN %1, lot %2, expiry %3 (%4)</source>
        <translation>GTIN %1, lot %2, péremption %3 (%4)</translation>
    </message>
    <message>
        <source>pharmacist's decision</source>
        <translation>décision du pharmacien</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>data used by %1</source>
        <translation>données utilisées par %1</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>étiquette %1</translation>
    </message>
    <message>
        <source> — read back</source>
        <translation> — relue</translation>
    </message>
    <message>
        <source>The dose is outside the tolerance: accept it with a reason, or reject it (the technician redoes the syringe).</source>
        <translation>La dose est hors tolérance : acceptez-la avec un motif, ou refusez-la (le préparateur refait la seringue).</translation>
    </message>
    <message>
        <source>Nothing blocks the release.</source>
        <translation>Rien ne bloque la libération.</translation>
    </message>
    <message>
        <source>Release is blocked:</source>
        <translation>La libération est bloquée :</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>enregistrement de la décision</translation>
    </message>
    <message>
        <source>Dose accepted: the technician may go on to the label</source>
        <translation>Dose acceptée : le préparateur peut passer à l'étiquette</translation>
    </message>
    <message>
        <source>Dose rejected: the technician redoes the syringe</source>
        <translation>Dose refusée : le préparateur refait la seringue</translation>
    </message>
    <message>
        <source>releasing</source>
        <translation>libération</translation>
    </message>
    <message>
        <source>%1 released</source>
        <translation>%1 libérée</translation>
    </message>
    <message>
        <source>Weighings</source>
        <translation>Pesées</translation>
    </message>
    <message>
        <source>Batch record</source>
        <translation>Dossier de lot</translation>
    </message>
    <message>
        <source>Evidence photos</source>
        <translation>Photos de preuve</translation>
    </message>
</context>
<context>
    <name>prep::ui::SimulatedHandsPanel</name>
    <message>
        <source>Reference weight on the pan</source>
        <translation>Poids étalon sur le plateau</translation>
    </message>
    <message>
        <source>Clear the pan</source>
        <translation>Vider le plateau</translation>
    </message>
    <message>
        <source>Vial on the pan</source>
        <translation>Flacon sur le plateau</translation>
    </message>
    <message>
        <source>Add the diluent</source>
        <translation>Ajouter le diluant</translation>
    </message>
    <message>
        <source>Empty syringe on the pan</source>
        <translation>Seringue vide sur le plateau</translation>
    </message>
    <message>
        <source>Fill the syringe (on target)</source>
        <translation>Remplir la seringue (à la cible)</translation>
    </message>
    <message>
        <source>Fill 6 % over</source>
        <translation>Remplir 6 % de trop</translation>
    </message>
    <message>
        <source>Fill 6 % under</source>
        <translation>Remplir 6 % de moins</translation>
    </message>
    <message>
        <source>Show the vial to the camera</source>
        <translation>Montrer le flacon à la caméra</translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation>Montrer l'étiquette imprimée à la caméra</translation>
    </message>
    <message>
        <source>Simulated bench — the technician's hands</source>
        <translation>Paillasse simulée — les mains du préparateur</translation>
    </message>
    <message>
        <source>SIMULATED BENCH (sim://): the technician's hands, for training</source>
        <translation>PAILLASSE SIMULÉE (sim://) : les mains du préparateur, pour la formation</translation>
    </message>
    <message>
        <source>Vial back on the pan</source>
        <translation>Flacon remis sur le plateau</translation>
    </message>
    <message>
        <source>Fill from the diluent bag</source>
        <translation>Remplir depuis la poche de diluant</translation>
    </message>
    <message>
        <source>Fill with air</source>
        <translation>Remplir d'air</translation>
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
        <translation>APPAREILS SIMULÉS (sim://) — formation uniquement, jamais pour la dose d'un patient</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody logged in</source>
        <translation>Personne de connecté</translation>
    </message>
    <message>
        <source>Couriers and nurses record handovers and administrations on their phones (the station's web service): there is nothing for your role at the isolator.</source>
        <translation>Les coursiers et les infirmiers enregistrent les remises et les administrations sur leur téléphone (le service web de la station) : rien n'est prévu pour votre rôle à l'isolateur.</translation>
    </message>
</context>
<context>
    <name>prep::ui::TraceScreen</name>
    <message>
        <source>Trace</source>
        <translation>Traçabilité</translation>
    </message>
    <message>
        <source>Preparation (number or id)</source>
        <translation>Préparation (numéro ou identifiant)</translation>
    </message>
    <message>
        <source>Vial lot</source>
        <translation>Lot du flacon</translation>
    </message>
    <message>
        <source>Patient (IPP)</source>
        <translation>Patient (IPP)</translation>
    </message>
    <message>
        <source>Preparation number, lot or IPP</source>
        <translation>Numéro de préparation, lot ou IPP</translation>
    </message>
    <message>
        <source>Export batch record (PDF)</source>
        <translation>Exporter le dossier de lot (PDF)</translation>
    </message>
    <message>
        <source>When (Paris)</source>
        <translation>Quand (Paris)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>Statut de l'expédition</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Order status</source>
        <translation>Statut de la prescription</translation>
    </message>
    <message>
        <source>Type what to trace.</source>
        <translation>Saisissez ce qui est à tracer.</translation>
    </message>
    <message>
        <source>tracing the patient</source>
        <translation>traçage du patient</translation>
    </message>
    <message numerus="yes">
        <source>Patient %1 %2 %3: %n order(s)</source>
        <translation>
            <numerusform>Patient %1 %2 %3 : %n prescription</numerusform><numerusform>Patient %1 %2 %3 : %n prescriptions</numerusform></translation>
    </message>
    <message>
        <source>Patient traced. Double-click a preparation for its history.</source>
        <translation>Patient tracé. Double-cliquez une préparation pour son historique.</translation>
    </message>
    <message>
        <source>tracing the lot</source>
        <translation>traçage du lot</translation>
    </message>
    <message>
        <source>reading the preparation's history</source>
        <translation>lecture de l'historique de la préparation</translation>
    </message>
    <message>
        <source>Order prescribed</source>
        <translation>Prescription saisie</translation>
    </message>
    <message>
        <source>Preparation planned</source>
        <translation>Préparation planifiée</translation>
    </message>
    <message>
        <source>Preparation started</source>
        <translation>Préparation commencée</translation>
    </message>
    <message>
        <source>Vial scanned</source>
        <translation>Flacon scanné</translation>
    </message>
    <message>
        <source>Weighing (%1)</source>
        <translation>Pesée (%1)</translation>
    </message>
    <message>
        <source>Photo (%1)</source>
        <translation>Photo (%1)</translation>
    </message>
    <message>
        <source>Reconstituted</source>
        <translation>Reconstitué</translation>
    </message>
    <message>
        <source>Label read back</source>
        <translation>Étiquette relue</translation>
    </message>
    <message>
        <source>Label read back by the camera</source>
        <translation>Étiquette relue par la caméra</translation>
    </message>
    <message>
        <source>Label printed (%1)</source>
        <translation>Étiquette imprimée (%1)</translation>
    </message>
    <message>
        <source>Data version (%1)</source>
        <translation>Version des données (%1)</translation>
    </message>
    <message>
        <source>Pharmacist accepted the deviation</source>
        <translation>Écart accepté par le pharmacien</translation>
    </message>
    <message>
        <source>Pharmacist rejected the deviation</source>
        <translation>Écart refusé par le pharmacien</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Shipment packed</source>
        <translation>Expédition préparée</translation>
    </message>
    <message>
        <source>Handover (%1)</source>
        <translation>Remise (%1)</translation>
    </message>
    <message>
        <source>Temperature logger imported</source>
        <translation>Enregistreur de température importé</translation>
    </message>
    <message>
        <source>Preparation %1 — %2 — %3, syringe %4 — patient %5 %6</source>
        <translation>Préparation %1 — %2 — %3, seringue %4 — patient %5 %6</translation>
    </message>
    <message>
        <source>Signatures valid: every signed content is unchanged.</source>
        <translation>Signatures valides : tout contenu signé est inchangé.</translation>
    </message>
    <message>
        <source>Signatures NOT valid: a signed content has changed since signing.</source>
        <translation>Signatures NON valides : un contenu signé a changé depuis sa signature.</translation>
    </message>
    <message numerus="yes">
        <source>Lot %1: %n preparation(s)</source>
        <translation>
            <numerusform>Lot %1 : %n préparation</numerusform><numerusform>Lot %1 : %n préparations</numerusform></translation>
    </message>
    <message>
        <source>No preparation used this lot.</source>
        <translation>Aucune préparation n'a utilisé ce lot.</translation>
    </message>
    <message>
        <source>Lot traced. Double-click a preparation for its history.</source>
        <translation>Lot tracé. Double-cliquez une préparation pour son historique.</translation>
    </message>
    <message>
        <source>Export batch record</source>
        <translation>Exporter le dossier de lot</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>writing the batch record</source>
        <translation>écriture du dossier de lot</translation>
    </message>
    <message>
        <source>Batch record written: %1</source>
        <translation>Dossier de lot écrit : %1</translation>
    </message>
</context>
<context>
    <name>prep::ui::UsersScreen</name>
    <message>
        <source>disabling the account</source>
        <translation>désactivation du compte</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>Compte %1 désactivé.</translation>
    </message>
    <message>
        <source>enabling the account</source>
        <translation>réactivation du compte</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>unlocking the account</source>
        <translation>déverrouillage du compte</translation>
    </message>
    <message>
        <source>Account %1 unlocked.</source>
        <translation>Compte %1 déverrouillé.</translation>
    </message>
    <message>
        <source>setting a new password</source>
        <translation>attribution d'un nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password set for %1: it must be changed at the next login.</source>
        <translation>Nouveau mot de passe attribué à %1 : il devra être changé à la prochaine connexion.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Login (e.g. tech.dupont)</source>
        <translation>Identifiant (ex. tech.dupont)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>First password (changed at first login)</source>
        <translation>Premier mot de passe (changé à la première connexion)</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Compte choisi</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>New password (changed at next login)</source>
        <translation>Nouveau mot de passe (changé à la prochaine connexion)</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Attribuer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>reading the accounts</source>
        <translation>lecture des comptes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>non (désactivé)</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>VERROUILLÉ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>creating the account</source>
        <translation>création du compte</translation>
    </message>
    <message>
        <source>Account %1 created: its password must be changed at the first login.</source>
        <translation>Compte %1 créé : son mot de passe devra être changé à la première connexion.</translation>
    </message>
    <message>
        <source>Select an account first.</source>
        <translation>Choisissez d'abord un compte.</translation>
    </message>
</context>
<context>
    <name>prep::ui::WeightGauge</name>
    <message>
        <source>SCALE FAULT: %1</source>
        <translation>DÉFAUT BALANCE : %1</translation>
    </message>
    <message>
        <source>THE SCALE HAS NOT ANSWERED FOR %1 s</source>
        <translation>LA BALANCE NE RÉPOND PLUS DEPUIS %1 s</translation>
    </message>
    <message>
        <source>Target %1 (accepted %2 to %3, ± %4 %)</source>
        <translation>Cible %1 (acceptée de %2 à %3, ± %4 %)</translation>
    </message>
    <message>
        <source>no reading yet</source>
        <translation>pas encore de lecture</translation>
    </message>
    <message>
        <source>✔ STABLE</source>
        <translation>✔ STABLE</translation>
    </message>
    <message>
        <source>≈ NOT STABLE — wait</source>
        <translation>≈ INSTABLE — attendez</translation>
    </message>
</context>
<context>
    <name>prep::ui::WorklistScreen</name>
    <message>
        <source>Worklist</source>
        <translation>Liste de travail</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Syringe</source>
        <translation>Seringue</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Préparer</translation>
    </message>
    <message>
        <source>reading the worklist</source>
        <translation>lecture de la liste de travail</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>prescription %1</translation>
    </message>
    <message>
        <source>to plan</source>
        <translation>à planifier</translation>
    </message>
    <message>
        <source>Nothing to prepare.</source>
        <translation>Rien à préparer.</translation>
    </message>
    <message>
        <source>planning the order's syringes</source>
        <translation>planification des seringues de la prescription</translation>
    </message>
</context>
</TS>
