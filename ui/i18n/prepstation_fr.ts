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
