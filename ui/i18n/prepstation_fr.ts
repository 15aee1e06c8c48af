<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Message</name>
    <message>
        <source>the scan is not a valid GS1 code: %1</source>
        <translation>le code scanné n&apos;est pas un code GS1 valide : %1</translation>
    </message>
    <message>
        <source>the scale cannot be used: %1</source>
        <translation>la balance n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>connected, but no stable reading: %1</source>
        <translation>connectée, mais pas de pesée stable : %1</translation>
    </message>
    <message>
        <source>connected, stable reading %1 g (%2)</source>
        <translation>connectée, pesée stable %1 g (%2)</translation>
    </message>
    <message>
        <source>simulated camera: shows what the simulated bench presents</source>
        <translation>caméra simulée : montre ce que présente le banc simulé</translation>
    </message>
    <message>
        <source>the camera cannot be used: %1</source>
        <translation>la caméra n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>opened, but no frame: %1</source>
        <translation>ouverte, mais aucune image : %1</translation>
    </message>
    <message>
        <source>frame %1x%2</source>
        <translation>image %1x%2</translation>
    </message>
    <message>
        <source>the printer cannot be used: %1</source>
        <translation>l&apos;imprimante n&apos;est pas utilisable : %1</translation>
    </message>
    <message>
        <source>the printer answers: %1</source>
        <translation>l&apos;imprimante répond : %1</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>accessible en écriture</translation>
    </message>
    <message>
        <source>cannot write in %1</source>
        <translation>écriture impossible dans %1</translation>
    </message>
    <message>
        <source>the device cannot be reached (%1)</source>
        <translation>l&apos;appareil est injoignable (%1)</translation>
    </message>
    <message>
        <source>the device did not answer in time (%1)</source>
        <translation>l&apos;appareil n&apos;a pas répondu à temps (%1)</translation>
    </message>
    <message>
        <source>the weight did not become stable (%1)</source>
        <translation>le poids ne s&apos;est pas stabilisé (%1)</translation>
    </message>
    <message>
        <source>the scale is overloaded (%1)</source>
        <translation>la balance est en surcharge (%1)</translation>
    </message>
    <message>
        <source>the scale is below its zero (%1)</source>
        <translation>la balance est sous son zéro (%1)</translation>
    </message>
    <message>
        <source>the device answered something unexpected (%1)</source>
        <translation>l&apos;appareil a répondu de façon inattendue (%1)</translation>
    </message>
    <message>
        <source>the device is not configured correctly (%1)</source>
        <translation>l&apos;appareil est mal configuré (%1)</translation>
    </message>
    <message>
        <source>the connection to the device failed (%1)</source>
        <translation>la liaison avec l&apos;appareil a échoué (%1)</translation>
    </message>
    <message>
        <source>nothing was found (%1)</source>
        <translation>rien n&apos;a été trouvé (%1)</translation>
    </message>
    <message>
        <source>the device refused the request (%1)</source>
        <translation>l&apos;appareil a refusé la demande (%1)</translation>
    </message>
    <message>
        <source>cancelled (%1)</source>
        <translation>annulé (%1)</translation>
    </message>
    <message>
        <source>device fault (%1)</source>
        <translation>défaut de l&apos;appareil (%1)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>protocol %1: days %2 of %3</source>
        <translation>protocole %1 : jours %2 sur %3</translation>
    </message>
    <message>
        <source>protocol %1: days %2</source>
        <translation>protocole %1 : jours %2</translation>
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
        <translation>prescription %1 (%2)</translation>
    </message>
    <message>
        <source>the order gives no cycle and day: check the day against the treatment plan (%1)</source>
        <translation>la prescription n&apos;indique ni cycle ni jour : vérifier le jour selon le plan de traitement (%1)</translation>
    </message>
    <message>
        <source>cycle and day &apos;%1&apos; are not of the form C1J4: check them (%2)</source>
        <translation>le cycle et le jour « %1 » ne sont pas de la forme C1J4 : les vérifier (%2)</translation>
    </message>
    <message>
        <source>%1: day %2 does not exist in a %3-day cycle of %4: the prescription must be corrected</source>
        <translation>%1 : le jour %2 n&apos;existe pas dans un cycle de %3 jours de %4 : la prescription doit être corrigée</translation>
    </message>
    <message>
        <source>%1: day %2 is not a treatment day (%3)</source>
        <translation>%1 : le jour %2 n&apos;est pas un jour de traitement (%3)</translation>
    </message>
    <message>
        <source>%1: day %2 is a treatment day (%3)</source>
        <translation>%1 : le jour %2 est un jour de traitement (%3)</translation>
    </message>
    <message>
        <source>protocol %1 sets no minimum interval between doses</source>
        <translation>le protocole %1 ne fixe pas d&apos;intervalle minimal entre les doses</translation>
    </message>
    <message>
        <source>the protocol asks at least %1</source>
        <translation>le protocole demande au moins %1</translation>
    </message>
    <message>
        <source>%1 %2 mg/m² on %3 (%4), %5 ago</source>
        <translation>%1 %2 mg/m² le %3 (%4), il y a %5</translation>
    </message>
    <message>
        <source>%1; this order (%2) must not be given before %3; %4</source>
        <translation>%1 ; cette prescription (%2) ne doit pas être administrée avant le %3 ; %4</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message>
        <source>%1 is scheduled %2 from this dose (%3); %4</source>
        <translation>%1 est prévue à %2 de cette dose (%3) ; %4</translation>
    </message>
    <message>
        <source>last %1 dose on %2, %3 ago; %4</source>
        <translation>dernière dose de %1 le %2, il y a %3 ; %4</translation>
    </message>
    <message>
        <source>no other %1 dose recorded for this patient within %2</source>
        <translation>aucune autre dose de %1 enregistrée pour ce patient dans les %2</translation>
    </message>
    <message>
        <source>protocol %1 is a fixed dose: no mg/m² level to check</source>
        <translation>le protocole %1 est à dose fixe : pas de niveau en mg/m² à vérifier</translation>
    </message>
    <message>
        <source>%1 mg/m² is not between 0 and the full dose of %2 (%3 mg/m²)</source>
        <translation>%1 mg/m² n&apos;est pas compris entre 0 et la dose pleine de %2 (%3 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m²: the full dose of %2</source>
        <translation>%1 mg/m² : la dose pleine de %2</translation>
    </message>
    <message>
        <source>%1 mg/m²: a reduced dose (full dose %2 mg/m²)</source>
        <translation>%1 mg/m² : une dose réduite (dose pleine %2 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m² is not a dose level of %2 (%3 mg/m²)</source>
        <translation>%1 mg/m² n&apos;est pas un palier de dose de %2 (%3 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m²: the full dose of %2 (%3 mg/m²)</source>
        <translation>%1 mg/m² : la dose pleine de %2 (%3 mg/m²)</translation>
    </message>
    <message>
        <source>%1 mg/m²: reduction level %2 of %3 (%4 mg/m²)</source>
        <translation>%1 mg/m² : palier de réduction %2 de %3 (%4 mg/m²)</translation>
    </message>
    <message>
        <source>protocol %1 is a fixed dose: no dose to recompute from height and weight</source>
        <translation>le protocole %1 est à dose fixe : pas de dose à recalculer d&apos;après la taille et le poids</translation>
    </message>
    <message>
        <source>the order has no usable height, weight or mg/m² level: the dose cannot be recomputed</source>
        <translation>la prescription n&apos;a pas de taille, de poids ou de niveau en mg/m² utilisable : la dose ne peut pas être recalculée</translation>
    </message>
    <message>
        <source>ordered %1 mg (as sent by the prescriber&apos;s system) against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %</source>
        <translation>prescrit %1 mg (tel qu&apos;envoyé par le logiciel du prescripteur) pour %2 mg recalculés (%3 mg/m² × %4 m², %5, %6 cm, %7 kg) : %8 %</translation>
    </message>
    <message>
        <source>ordered %1 mg against %2 mg recomputed (%3 mg/m² × %4 m², %5, %6 cm, %7 kg): %8 %</source>
        <translation>prescrit %1 mg pour %2 mg recalculés (%3 mg/m² × %4 m², %5, %6 cm, %7 kg) : %8 %</translation>
    </message>
    <message>
        <source>%1; the site policy sets no deviation limit: compare by hand</source>
        <translation>%1 ; la politique du site ne fixe pas de limite d&apos;écart : comparer à la main</translation>
    </message>
    <message>
        <source>%1; the site allows %2 %, stops above %3 %</source>
        <translation>%1 ; le site tolère %2 %, bloque au-delà de %3 %</translation>
    </message>
    <message>
        <source>protocol %1 is a fixed dose: no BSA is used</source>
        <translation>le protocole %1 est à dose fixe : aucune surface corporelle n&apos;est utilisée</translation>
    </message>
    <message>
        <source>protocol %1 sets no BSA cap</source>
        <translation>le protocole %1 ne plafonne pas la surface corporelle</translation>
    </message>
    <message>
        <source>BSA %1 m² (%2, %3 cm, %4 kg)</source>
        <translation>surface corporelle %1 m² (%2, %3 cm, %4 kg)</translation>
    </message>
    <message>
        <source>%1 is above the cap of %2 (%3 m²): the dose is computed on %3 m²</source>
        <translation>%1 dépasse le plafond de %2 (%3 m²) : la dose est calculée sur %3 m²</translation>
    </message>
    <message>
        <source>%1 is within the cap of %2 (%3 m²)</source>
        <translation>%1 est sous le plafond de %2 (%3 m²)</translation>
    </message>
    <message>
        <source>%1 was entered the same day (%2) and this order gives no cycle and day: check it is not the same dose</source>
        <translation>%1 a été saisie le même jour (%2) et cette prescription n&apos;indique ni cycle ni jour : vérifier qu&apos;il ne s&apos;agit pas de la même dose</translation>
    </message>
    <message>
        <source>no other %1 order for this patient entered the same day</source>
        <translation>aucune autre prescription de %1 saisie le même jour pour ce patient</translation>
    </message>
    <message>
        <source>%1, entered %2, is for the same patient, drug and day (%3): cancel one of them</source>
        <translation>%1, saisie le %2, porte sur le même patient, le même médicament et le même jour (%3) : en annuler une</translation>
    </message>
    <message>
        <source>no other %1 order for this patient on %2</source>
        <translation>aucune autre prescription de %1 pour ce patient en %2</translation>
    </message>
    <message>
        <source>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): accepted</source>
        <translation>%1 ajouté : %2 g / %3 g/mL = %4 mL pour %5 mL attendus : écart %6 % (tolérance ±%7 %, limite pharmacien ±%8 %) : accepté</translation>
    </message>
    <message>
        <source>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): awaiting a pharmacist&apos;s decision</source>
        <translation>%1 ajouté : %2 g / %3 g/mL = %4 mL pour %5 mL attendus : écart %6 % (tolérance ±%7 %, limite pharmacien ±%8 %) : en attente de la décision d&apos;un pharmacien</translation>
    </message>
    <message>
        <source>%1 added: %2 g / %3 g/mL = %4 mL for %5 mL expected: deviation %6 % (tolerance ±%7 %, pharmacist limit ±%8 %): rejected: discard the vial and reconstitute another</source>
        <translation>%1 ajouté : %2 g / %3 g/mL = %4 mL pour %5 mL attendus : écart %6 % (tolérance ±%7 %, limite pharmacien ±%8 %) : refusé : jeter le flacon et en reconstituer un autre</translation>
    </message>
    <message>
        <source>vial/syringe cross-check passed: the vial lost %1 g, the syringe gained %2 g (difference %3 g, allowed %4 to %5 g)</source>
        <translation>contrôle croisé flacon/seringue conforme : le flacon a perdu %1 g, la seringue a gagné %2 g (différence %3 g, admis de %4 à %5 g)</translation>
    </message>
    <message>
        <source>vial/syringe cross-check failed: the syringe gained %1 g but the vial lost only %2 g (%3 g more than the vial gave, allowed %4 g): the syringe may hold diluent or another liquid, not the drug from this vial; a pharmacist decides</source>
        <translation>contrôle croisé flacon/seringue non conforme : la seringue a gagné %1 g mais le flacon n&apos;a perdu que %2 g (%3 g de plus que ce qu&apos;a donné le flacon, admis %4 g) : la seringue contient peut-être du diluant ou un autre liquide, pas le médicament de ce flacon ; un pharmacien décide</translation>
    </message>
    <message>
        <source>vial/syringe cross-check failed: the vial lost %1 g but the syringe gained only %2 g (%3 g missing, allowed %4 g with the needle&apos;s dead volume): liquid was lost or discarded; a pharmacist decides</source>
        <translation>contrôle croisé flacon/seringue non conforme : le flacon a perdu %1 g mais la seringue n&apos;a gagné que %2 g (%3 g manquants, admis %4 g avec le volume mort de l&apos;aiguille) : du liquide a été perdu ou jeté ; un pharmacien décide</translation>
    </message>
    <message>
        <source>the weight is not stable; wait for the scale and weigh again</source>
        <translation>le poids n&apos;est pas stable ; attendre la balance et peser à nouveau</translation>
    </message>
    <message>
        <source>the scale sent no usable weight (%1)</source>
        <translation>la balance n&apos;a envoyé aucun poids utilisable (%1)</translation>
    </message>
    <message>
        <source>a weight without its source (scale URI and serial) is not recorded</source>
        <translation>un poids sans sa source (URI et numéro de série de la balance) n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>a simulated scale (%1) cannot weigh a dose on this station</source>
        <translation>une balance simulée (%1) ne peut pas peser une dose sur ce poste</translation>
    </message>
    <message>
        <source>the scale shows a negative weight (%1): check the pan and the tare, then weigh again</source>
        <translation>la balance affiche un poids négatif (%1) : vérifier le plateau et la tare, puis peser à nouveau</translation>
    </message>
    <message>
        <source>net mass %1 is below the USP &lt;41&gt; minimum weight %2 of this scale (readability %3): not usable for a dose decision; use a scale with a finer readability</source>
        <translation>la masse nette %1 est inférieure à la pesée minimale USP &lt;41&gt; %2 de cette balance (échelon %3) : inutilisable pour décider d&apos;une dose ; utiliser une balance plus fine</translation>
    </message>
    <message>
        <source>daily check: the reference weight must be a positive mass</source>
        <translation>contrôle quotidien : la masse étalon doit être positive</translation>
    </message>
    <message>
        <source>daily check: %1</source>
        <translation>contrôle quotidien : %1</translation>
    </message>
    <message>
        <source>no daily check with a reference weight recorded for scale %1: run the daily check before weighing doses</source>
        <translation>aucun contrôle quotidien avec la masse étalon enregistré pour la balance %1 : faire le contrôle quotidien avant de peser des doses</translation>
    </message>
    <message>
        <source>the last daily check of scale %1 failed: %2 % (limit ±%3 %); have the scale checked and repeat the daily check</source>
        <translation>le dernier contrôle quotidien de la balance %1 a échoué : %2 % (limite ±%3 %) ; faire vérifier la balance et refaire le contrôle quotidien</translation>
    </message>
    <message>
        <source>the daily check of scale %1 has expired: repeat it with the reference weight</source>
        <translation>le contrôle quotidien de la balance %1 a expiré : le refaire avec la masse étalon</translation>
    </message>
    <message>
        <source>the scan is an EAN-13 (%1, %2) which carries no lot or expiry: scan the pack&apos;s GS1 DataMatrix</source>
        <translation>le code scanné est un EAN-13 (%1, %2) sans lot ni péremption : scanner le DataMatrix GS1 de la boîte</translation>
    </message>
    <message>
        <source>the scan is an EAN-13 (%1) which carries no lot or expiry: scan the pack&apos;s GS1 DataMatrix</source>
        <translation>le code scanné est un EAN-13 (%1) sans lot ni péremption : scanner le DataMatrix GS1 de la boîte</translation>
    </message>
    <message>
        <source>the scan (%1) carries no GTIN (AI 01): not a medicine pack code</source>
        <translation>le code scanné (%1) ne porte pas de GTIN (AI 01) : ce n&apos;est pas un code de boîte de médicament</translation>
    </message>
    <message>
        <source>GTIN %1 is not in the product catalogue: unknown product, do not use</source>
        <translation>le GTIN %1 n&apos;est pas dans le catalogue des produits : produit inconnu, ne pas utiliser</translation>
    </message>
    <message>
        <source>wrong product: the vial is %1 (%2), the preparation needs %3</source>
        <translation>mauvais produit : le flacon est %1 (%2), la préparation demande %3</translation>
    </message>
    <message>
        <source>the pack code lacks %1: an EU FMD pack carries GTIN, expiry, lot and serial</source>
        <translation>il manque %1 au code de la boîte : une boîte FMD européenne porte GTIN, péremption, lot et numéro de série</translation>
    </message>
    <message>
        <source>the expiry date (AI 17)</source>
        <translation>la date de péremption (AI 17)</translation>
    </message>
    <message>
        <source>the lot (AI 10)</source>
        <translation>le lot (AI 10)</translation>
    </message>
    <message>
        <source>the serial number (AI 21)</source>
        <translation>le numéro de série (AI 21)</translation>
    </message>
    <message>
        <source>expiry date &apos;%1&apos; does not exist</source>
        <translation>la date de péremption « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>lot %1 expired on %2</source>
        <translation>le lot %1 est périmé depuis le %2</translation>
    </message>
    <message>
        <source>lot %1 of %2 is blocked by a recall (%3): %4</source>
        <translation>le lot %1 de %2 est bloqué par un rappel (%3) : %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>a decision on an out-of-tolerance dose or a failed cross-check needs a reason</source>
        <translation>une décision sur une dose hors tolérance ou un contrôle croisé non conforme demande un motif</translation>
    </message>
    <message>
        <source>preparation %1 awaits no pharmacist decision (%2, gravimetric control %3)</source>
        <translation>la préparation %1 n&apos;attend aucune décision du pharmacien (%2, contrôle gravimétrique %3)</translation>
    </message>
    <message>
        <source>%1 is not a pharmacist: only a pharmacist decides on an out-of-tolerance dose</source>
        <translation>%1 n&apos;est pas pharmacien : seul un pharmacien décide d&apos;une dose hors tolérance</translation>
    </message>
    <message>
        <source>preparation %1 has no filled-syringe weighing</source>
        <translation>la préparation %1 n&apos;a pas de pesée de seringue remplie</translation>
    </message>
    <message>
        <source>export the chain of custody (EPCIS)</source>
        <translation>exporter la chaîne de traçabilité (EPCIS)</translation>
    </message>
    <message>
        <source>pack shipments</source>
        <translation>préparer des expéditions</translation>
    </message>
    <message>
        <source>import temperature-logger files</source>
        <translation>importer des fichiers d&apos;enregistreurs de température</translation>
    </message>
    <message>
        <source>%1 weighing not recorded</source>
        <translation>pesée « %1 » non enregistrée</translation>
    </message>
    <message>
        <source>daily check failed (recorded): %1 g for a %2 g reference weight, %3 % (limit %4 %); the scale may not weigh doses</source>
        <translation>contrôle quotidien non conforme (enregistré) : %1 g pour une masse étalon de %2 g, %3 % (limite %4 %) ; la balance ne peut pas peser de doses</translation>
    </message>
    <message>
        <source>preparation %1 is %2, not in progress</source>
        <translation>la préparation %1 est « %2 », pas en cours</translation>
    </message>
    <message>
        <source>preparation %1 was started by another user</source>
        <translation>la préparation %1 a été commencée par un autre utilisateur</translation>
    </message>
    <message>
        <source>preparation %1 is %2: only a planned preparation can be started</source>
        <translation>la préparation %1 est « %2 » : seule une préparation à faire peut être commencée</translation>
    </message>
    <message>
        <source>%1 may not prepare doses</source>
        <translation>%1 n&apos;a pas le droit de préparer des doses</translation>
    </message>
    <message>
        <source>evidence photo of step %1</source>
        <translation>photo de preuve de l&apos;étape %1</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>caméra %1</translation>
    </message>
    <message>
        <source>vial photo</source>
        <translation>photo du flacon</translation>
    </message>
    <message>
        <source>no GS1 DataMatrix found on the vial photo: present the vial again</source>
        <translation>aucun DataMatrix GS1 trouvé sur la photo du flacon : présenter le flacon à nouveau</translation>
    </message>
    <message>
        <source>wrong vial: GTIN %1 is not the planned product %2</source>
        <translation>mauvais flacon : le GTIN %1 n&apos;est pas le produit prévu %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 was weighed on %3, this weighing comes from %4; weigh it on the same scale</source>
        <translation>%1 : %2 a été pesé(e) sur %3, cette pesée vient de %4 ; peser sur la même balance</translation>
    </message>
    <message>
        <source>%1: %2 was weighed at a readability of %3, this weighing at %4 (%5)</source>
        <translation>%1 : %2 a été pesé(e) avec un échelon de %3, cette pesée avec %4 (%5)</translation>
    </message>
    <message>
        <source>%1: preparation %2 awaits the pharmacist&apos;s decision on its out-of-tolerance dose; no syringe is weighed until the pharmacist has decided</source>
        <translation>%1 : la préparation %2 attend la décision du pharmacien sur sa dose hors tolérance ; aucune seringue n&apos;est pesée avant que le pharmacien ait décidé</translation>
    </message>
    <message>
        <source>weigh the vial before adding the diluent first</source>
        <translation>peser d&apos;abord le flacon avant d&apos;ajouter le diluant</translation>
    </message>
    <message>
        <source>protocol %1 gives no diluent volume per vial</source>
        <translation>le protocole %1 ne donne pas de volume de diluant par flacon</translation>
    </message>
    <message>
        <source>the vial before its diluent</source>
        <translation>le flacon avant son diluant</translation>
    </message>
    <message>
        <source>reconstitution of %1 (recorded), no decision: %2</source>
        <translation>reconstitution de %1 (enregistrée), sans décision : %2</translation>
    </message>
    <message>
        <source>reconstitution of %1 (recorded): %2</source>
        <translation>reconstitution de %1 (enregistrée) : %2</translation>
    </message>
    <message>
        <source>weigh the empty syringe (tare) before the filled syringe</source>
        <translation>peser la seringue vide (tare) avant la seringue remplie</translation>
    </message>
    <message>
        <source>%1: the syringe of preparation %2 was already weighed filled after its latest tare; a redo needs a new syringe: weigh the new empty syringe (tare) first</source>
        <translation>%1 : la seringue de la préparation %2 a déjà été pesée remplie après sa dernière tare ; recommencer demande une nouvelle seringue : peser d&apos;abord la nouvelle seringue vide (tare)</translation>
    </message>
    <message>
        <source>%1: the syringe of preparation %2 was already weighed filled after its latest tare (%3); a redo needs a new syringe: weigh the new empty syringe (tare) first</source>
        <translation>%1 : la seringue de la préparation %2 a déjà été pesée remplie après sa dernière tare (%3) ; recommencer demande une nouvelle seringue : peser d&apos;abord la nouvelle seringue vide (tare)</translation>
    </message>
    <message>
        <source>%1: weigh the vial before the withdrawal first (after the previous syringe, weigh the vial again): the mass the vial loses is checked against the mass the syringe gains</source>
        <translation>%1 : peser d&apos;abord le flacon avant le prélèvement (après la seringue précédente, peser à nouveau le flacon) : la masse perdue par le flacon est comparée à la masse gagnée par la seringue</translation>
    </message>
    <message>
        <source>%1: weigh the vial before the withdrawal first (the vial with its solution, before drawing from it): the mass the vial loses is checked against the mass the syringe gains</source>
        <translation>%1 : peser d&apos;abord le flacon avant le prélèvement (le flacon avec sa solution, avant d&apos;y prélever) : la masse perdue par le flacon est comparée à la masse gagnée par la seringue</translation>
    </message>
    <message>
        <source>the empty syringe</source>
        <translation>la seringue vide</translation>
    </message>
    <message>
        <source>filled syringe of %1 recorded, no dose decision: %2</source>
        <translation>seringue remplie de %1 enregistrée, sans décision sur la dose : %2</translation>
    </message>
    <message>
        <source>%1: a filled syringe of preparation %2 awaits the vial&apos;s weighing after the withdrawal (vial_after)</source>
        <translation>%1 : une seringue remplie de la préparation %2 attend la pesée du flacon après le prélèvement</translation>
    </message>
    <message>
        <source>%1: no filled syringe has been weighed; weigh the vial after drawing the dose and weighing the syringe</source>
        <translation>%1 : aucune seringue remplie n&apos;a été pesée ; peser le flacon après avoir prélevé la dose et pesé la seringue</translation>
    </message>
    <message>
        <source>%1: the vial of preparation %2 was already weighed after its latest syringe</source>
        <translation>%1 : le flacon de la préparation %2 a déjà été pesé après sa dernière seringue</translation>
    </message>
    <message>
        <source>%1: the vial was not weighed before the withdrawal, nothing to compare with</source>
        <translation>%1 : le flacon n&apos;a pas été pesé avant le prélèvement, rien à comparer</translation>
    </message>
    <message>
        <source>the vial before the withdrawal</source>
        <translation>le flacon avant le prélèvement</translation>
    </message>
    <message>
        <source>preparation %1 cannot be signed yet: %2</source>
        <translation>la préparation %1 ne peut pas encore être signée : %2</translation>
    </message>
    <message>
        <source>preparation %1 has no expiry: no label</source>
        <translation>la préparation %1 n&apos;a pas de date limite : pas d&apos;étiquette</translation>
    </message>
    <message>
        <source>label printer: %1 (nothing recorded; print again)</source>
        <translation>imprimante d&apos;étiquettes : %1 (rien n&apos;est enregistré ; imprimer à nouveau)</translation>
    </message>
    <message>
        <source>no PDF label printed for %1: nothing to read back</source>
        <translation>aucune étiquette PDF imprimée pour %1 : rien à relire</translation>
    </message>
    <message>
        <source>read-back of the rasterised label %1</source>
        <translation>relecture de l&apos;étiquette tramée %1</translation>
    </message>
    <message>
        <source>label read-back of %1 failed: the DataMatrix read was [%2], expected the preparation&apos;s code; reprint the label</source>
        <translation>la relecture de l&apos;étiquette de %1 a échoué : le DataMatrix lu était [%2], le code de la préparation était attendu ; réimprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>no label printed for %1: nothing to read back</source>
        <translation>aucune étiquette imprimée pour %1 : rien à relire</translation>
    </message>
    <message>
        <source>read-back photo of the label of %1</source>
        <translation>photo de relecture de l&apos;étiquette de %1</translation>
    </message>
    <message>
        <source>photo of the label of %1</source>
        <translation>photo de l&apos;étiquette de %1</translation>
    </message>
    <message>
        <source>the label in front of the camera is not the label of %1 (read [%2]): check the bag</source>
        <translation>l&apos;étiquette devant la caméra n&apos;est pas celle de %1 (lu [%2]) : vérifier la poche</translation>
    </message>
    <message>
        <source>label read-back of %1 by the camera failed after %2 frames (nothing read): hold the label flat in front of the camera, or reprint it</source>
        <translation>la relecture par la caméra de l&apos;étiquette de %1 a échoué après %2 images (rien lu) : tenir l&apos;étiquette à plat devant la caméra, ou la réimprimer</translation>
    </message>
    <message>
        <source>label read-back of %1 by the camera failed after %2 frames (read [%3]): hold the label flat in front of the camera, or reprint it</source>
        <translation>la relecture par la caméra de l&apos;étiquette de %1 a échoué après %2 images (lu [%3]) : tenir l&apos;étiquette à plat devant la caméra, ou la réimprimer</translation>
    </message>
    <message>
        <source>enter prescriptions</source>
        <translation>saisir des prescriptions</translation>
    </message>
    <message>
        <source>cancel orders</source>
        <translation>annuler des prescriptions</translation>
    </message>
    <message>
        <source>order %1 is already planned into %2 preparation(s) (%3): the pharmacy stops it at the station</source>
        <translation>la prescription %1 est déjà planifiée en %2 préparation(s) (%3) : la pharmacie l&apos;arrête au poste</translation>
    </message>
    <message>
        <source>see an order&apos;s protocol checks</source>
        <translation>voir les contrôles de protocole d&apos;une prescription</translation>
    </message>
    <message>
        <source>order %1 is %2, only a prescribed order can be validated</source>
        <translation>la prescription %1 est « %2 », seule une prescription à valider peut être validée</translation>
    </message>
    <message>
        <source>%1 is not a pharmacist: only a pharmacist validates orders</source>
        <translation>%1 n&apos;est pas pharmacien : seul un pharmacien valide les prescriptions</translation>
    </message>
    <message>
        <source>override of %1: a reason is required</source>
        <translation>passer outre « %1 » : un motif est obligatoire</translation>
    </message>
    <message>
        <source>override of %1: the check passed, nothing to override</source>
        <translation>passer outre « %1 » : le contrôle est conforme, rien à passer outre</translation>
    </message>
    <message>
        <source>hard stop %1: %2 (a hard stop cannot be overridden)</source>
        <translation>blocage %1 : %2 (un blocage ne peut pas être levé)</translation>
    </message>
    <message>
        <source>hard stop %1: %2</source>
        <translation>blocage %1 : %2</translation>
    </message>
    <message>
        <source>warning %1: %2 (override with a reason)</source>
        <translation>alerte %1 : %2 (passer outre avec un motif)</translation>
    </message>
    <message>
        <source>order %1 not validated (checks recorded): %2</source>
        <translation>prescription %1 non validée (contrôles enregistrés) : %2</translation>
    </message>
    <message>
        <source>plan preparations</source>
        <translation>planifier des préparations</translation>
    </message>
    <message>
        <source>order %1 is not validated by a pharmacist: nothing to prepare</source>
        <translation>la prescription %1 n&apos;est pas validée par un pharmacien : rien à préparer</translation>
    </message>
    <message>
        <source>take orders from prescribers&apos; systems</source>
        <translation>recevoir les prescriptions des logiciels des prescripteurs</translation>
    </message>
    <message>
        <source>the vial has not been weighed before and after its diluent</source>
        <translation>le flacon n&apos;a pas été pesé avant et après son diluant</translation>
    </message>
    <message>
        <source>reconstitution not decided: %1</source>
        <translation>reconstitution non décidée : %1</translation>
    </message>
    <message>
        <source>reconstitution not accepted: %1</source>
        <translation>reconstitution non acceptée : %1</translation>
    </message>
    <message>
        <source>the vial has not been weighed before and after the withdrawal</source>
        <translation>le flacon n&apos;a pas été pesé avant et après le prélèvement</translation>
    </message>
    <message>
        <source>no accepted gravimetric control (%1)</source>
        <translation>pas de contrôle gravimétrique accepté (%1)</translation>
    </message>
    <message>
        <source>the syringe was set aside: a new one is to be weighed and filled</source>
        <translation>la seringue a été écartée : une nouvelle est à peser et à remplir</translation>
    </message>
    <message>
        <source>the vial scan was set aside: scan the vial</source>
        <translation>le scan du flacon a été écarté : scanner le flacon</translation>
    </message>
    <message>
        <source>no expiry yet</source>
        <translation>pas encore de date limite</translation>
    </message>
    <message>
        <source>no vial scan</source>
        <translation>pas de scan du flacon</translation>
    </message>
    <message>
        <source>the label has not been printed and read back</source>
        <translation>l&apos;étiquette n&apos;a pas été imprimée et relue</translation>
    </message>
    <message>
        <source>the label has not been read back by the station camera</source>
        <translation>l&apos;étiquette n&apos;a pas été relue par la caméra du poste</translation>
    </message>
    <message>
        <source>cold chain: %1</source>
        <translation>chaîne du froid : %1</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>périmée</translation>
    </message>
    <message>
        <source>cannot read the batch record of %1</source>
        <translation>impossible de lire le dossier de lot de %1</translation>
    </message>
    <message>
        <source>status is %1, not prepared</source>
        <translation>le statut est « %1 », pas préparée</translation>
    </message>
    <message>
        <source>gravimetric control not accepted (%1)</source>
        <translation>contrôle gravimétrique non accepté (%1)</translation>
    </message>
    <message>
        <source>tare and filled-syringe weighings are both required</source>
        <translation>la tare et la pesée de la seringue remplie sont toutes deux requises</translation>
    </message>
    <message>
        <source>the printed label has not been read back successfully</source>
        <translation>l&apos;étiquette imprimée n&apos;a pas été relue avec succès</translation>
    </message>
    <message>
        <source>the printed label has not been read back by the station camera</source>
        <translation>l&apos;étiquette imprimée n&apos;a pas été relue par la caméra du poste</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>pas de date limite</translation>
    </message>
    <message>
        <source>expired at release time</source>
        <translation>périmée au moment de la libération</translation>
    </message>
    <message>
        <source>the batch record differs from what the preparer signed (or was never signed)</source>
        <translation>le dossier de lot diffère de ce qu&apos;a signé le préparateur (ou n&apos;a jamais été signé)</translation>
    </message>
    <message>
        <source>cannot release %1: %2</source>
        <translation>impossible de libérer %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a pharmacist: only a pharmacist releases</source>
        <translation>%1 n&apos;est pas pharmacien : seul un pharmacien libère</translation>
    </message>
    <message>
        <source>%1 prepared %2 and may not release it (segregation of duties)</source>
        <translation>%1 a préparé %2 et ne peut pas la libérer (séparation des tâches)</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3</source>
        <translation>%1 (%2) n&apos;a pas le droit de %3</translation>
    </message>
    <message>
        <source>unknown user or wrong password</source>
        <translation>utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <source>this account is deactivated; an administrator can enable it again</source>
        <translation>ce compte est désactivé ; un administrateur peut le réactiver</translation>
    </message>
    <message>
        <source>this account is locked after repeated wrong passwords; an administrator must unlock it</source>
        <translation>ce compte est verrouillé après plusieurs mots de passe erronés ; un administrateur doit le déverrouiller</translation>
    </message>
    <message>
        <source>the preparer may not check, decide on or release their own preparation (segregation of duties)</source>
        <translation>le préparateur ne peut ni contrôler, ni décider, ni libérer sa propre préparation (séparation des tâches)</translation>
    </message>
    <message>
        <source>rotate the station&apos;s audit key</source>
        <translation>changer la clé d&apos;audit du poste</translation>
    </message>
    <message>
        <source>cannot read the batch record of preparation %1</source>
        <translation>impossible de lire le dossier de lot de la préparation %1</translation>
    </message>
    <message>
        <source>go back to a preparation step</source>
        <translation>revenir à une étape de préparation</translation>
    </message>
    <message>
        <source>going back to a step needs a reason</source>
        <translation>revenir à une étape demande un motif</translation>
    </message>
    <message>
        <source>%1: no vial scanned yet, nothing to go back to</source>
        <translation>%1 : aucun flacon scanné, rien à reprendre</translation>
    </message>
    <message>
        <source>%1: the vial is already weighed; another vial is another preparation</source>
        <translation>%1 : le flacon est déjà pesé ; un autre flacon est une autre préparation</translation>
    </message>
    <message>
        <source>%1: no empty syringe weighed yet</source>
        <translation>%1 : aucune seringue vide pesée</translation>
    </message>
    <message>
        <source>%1: the dose awaits a pharmacist&apos;s decision; the pharmacist decides first</source>
        <translation>%1 : la dose attend la décision d&apos;un pharmacien ; le pharmacien décide d&apos;abord</translation>
    </message>
    <message>
        <source>%1: weigh the vial first: its weight after this withdrawal is the next syringe&apos;s reference</source>
        <translation>%1 : peser d&apos;abord le flacon : son poids après ce prélèvement est la référence de la seringue suivante</translation>
    </message>
    <message>
        <source>%1: the label is printed for this syringe; going back is no longer possible at the isolator</source>
        <translation>%1 : l&apos;étiquette de cette seringue est imprimée ; revenir en arrière n&apos;est plus possible à l&apos;isolateur</translation>
    </message>
    <message>
        <source>%1: this syringe is already set aside</source>
        <translation>%1 : cette seringue est déjà écartée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a published demo login: choose another</source>
        <translation>« %1 » est un identifiant de démonstration publié : en choisir un autre</translation>
    </message>
    <message>
        <source>this is a demo database (it holds the demo account %1): real users go in the station&apos;s own database</source>
        <translation>ceci est une base de démonstration (elle contient le compte de démonstration %1) : les vrais utilisateurs vont dans la base propre du poste</translation>
    </message>
    <message>
        <source>list the station&apos;s users</source>
        <translation>lister les utilisateurs du poste</translation>
    </message>
    <message>
        <source>an admin may not disable their own account</source>
        <translation>un administrateur ne peut pas désactiver son propre compte</translation>
    </message>
    <message>
        <source>vial scan: the code is not a valid GS1 pack code: %1</source>
        <translation>scan du flacon : le code n&apos;est pas un code GS1 de boîte valide : %1</translation>
    </message>
    <message>
        <source>audit trail broken at entry %1: %2</source>
        <translation>piste d&apos;audit rompue à l&apos;entrée %1 : %2</translation>
    </message>
    <message>
        <source>audit trail broken: %1</source>
        <translation>piste d&apos;audit rompue : %1</translation>
    </message>
    <message>
        <source>audit trail rewritten: %1</source>
        <translation>piste d&apos;audit réécrite : %1</translation>
    </message>
    <message>
        <source>no preparation &apos;%1&apos;</source>
        <translation>aucune préparation « %1 »</translation>
    </message>
    <message>
        <source>fixed dose of %1</source>
        <translation>dose fixe de %1</translation>
    </message>
    <message>
        <source>%1 mg/m2 x %2 m2, %3</source>
        <translation>%1 mg/m2 x %2 m2, %3</translation>
    </message>
    <message>
        <source>%1 %2 mg (%3) by %4</source>
        <translation>%1 %2 mg (%3) par %4</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>prescription %1</translation>
    </message>
    <message>
        <source>syringe %1/%2, %3 mg in %4 mL</source>
        <translation>seringue %1/%2, %3 mg dans %4 mL</translation>
    </message>
    <message>
        <source>%1 (GTIN %2, lot %3, serial %4) via %5</source>
        <translation>%1 (GTIN %2, lot %3, série %4) par %5</translation>
    </message>
    <message>
        <source>%1 g stable from %2</source>
        <translation>%1 g stable, de %2</translation>
    </message>
    <message>
        <source>%1 g UNSTABLE from %2</source>
        <translation>%1 g INSTABLE, de %2</translation>
    </message>
    <message>
        <source>%1 sha256=%2</source>
        <translation>%1 sha256=%2</translation>
    </message>
    <message>
        <source>expiry %1 by rule %2 [%3]</source>
        <translation>date limite %1 selon la règle %2 [%3]</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK : %1</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>OK: %1 photo %2 sha256=%3</source>
        <translation>OK : %1 photo %2 sha256=%3</translation>
    </message>
    <message>
        <source>FAILED: %1 photo %2 sha256=%3</source>
        <translation>ÉCHEC : %1 photo %2 sha256=%3</translation>
    </message>
    <message>
        <source>%1 (DUPLICATE)</source>
        <translation>%1 (DUPLICATA)</translation>
    </message>
    <message>
        <source>%1 sha256=%2… (%3)</source>
        <translation>%1 sha256=%2… (%3)</translation>
    </message>
    <message>
        <source>%1 % on weighing %2: %3</source>
        <translation>%1 % sur la pesée %2 : %3</translation>
    </message>
    <message>
        <source>content unchanged since signing (sha256 %1…)</source>
        <translation>contenu inchangé depuis la signature (sha256 %1…)</translation>
    </message>
    <message>
        <source>CONTENT CHANGED SINCE SIGNING (sha256 %1…)</source>
        <translation>CONTENU MODIFIÉ DEPUIS LA SIGNATURE (sha256 %1…)</translation>
    </message>
    <message>
        <source>%1 with logger %2</source>
        <translation>%1 avec l&apos;enregistreur %2</translation>
    </message>
    <message>
        <source>%1 (scan %2)</source>
        <translation>%1 (scan %2)</translation>
    </message>
    <message>
        <source>%1: %2 readings, MKT %3 °C, %4</source>
        <translation>%1 : %2 relevés, TCM %3 °C, %4</translation>
    </message>
    <message>
        <source>%1: %2 readings, MKT %3 °C, %4 (%5)</source>
        <translation>%1 : %2 relevés, TCM %3 °C, %4 (%5)</translation>
    </message>
    <message>
        <source>the label of %1 was printed (%2) but could not be recorded: %3; destroy that label, then print again</source>
        <translation>l&apos;étiquette de %1 a été imprimée (%2) mais n&apos;a pas pu être enregistrée : %3 ; détruire cette étiquette, puis imprimer à nouveau</translation>
    </message>
    <message>
        <source>evidence photo %1 is missing or cannot be read</source>
        <translation>la photo de preuve %1 est absente ou illisible</translation>
    </message>
    <message>
        <source>evidence photo %1 no longer matches its recorded SHA-256</source>
        <translation>la photo de preuve %1 ne correspond plus à son SHA-256 enregistré</translation>
    </message>
    <message>
        <source>preparation %1 has already been administered</source>
        <translation>la préparation %1 a déjà été administrée</translation>
    </message>
    <message>
        <source>preparation %1 is %2, it must be delivered before administration</source>
        <translation>la préparation %1 est %2 : elle doit être livrée avant l&apos;administration</translation>
    </message>
    <message>
        <source>preparation %1 is expired</source>
        <translation>la préparation %1 est périmée</translation>
    </message>
    <message>
        <source>preparation %1 was never shipped</source>
        <translation>la préparation %1 n&apos;a jamais été expédiée</translation>
    </message>
    <message>
        <source>the logger data of shipment %1 has not been imported and checked yet</source>
        <translation>les données de l&apos;enregistreur de l&apos;expédition %1 n&apos;ont pas encore été importées ni vérifiées</translation>
    </message>
    <message>
        <source>the logger of shipment %1 has no reading before this scan</source>
        <translation>l&apos;enregistreur de l&apos;expédition %1 n&apos;a aucune mesure avant ce scan</translation>
    </message>
    <message>
        <source>cold chain of shipment %1: %2</source>
        <translation>chaîne du froid de l&apos;expédition %1 : %2</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>do not administer: %1</source>
        <translation>ne pas administrer : %1</translation>
    </message>
    <message>
        <source>the scan carries no code</source>
        <translation>le scan ne porte aucun code</translation>
    </message>
    <message>
        <source>scan shipments</source>
        <translation>scanner des expéditions</translation>
    </message>
    <message>
        <source>confirm administrations</source>
        <translation>confirmer des administrations</translation>
    </message>
    <message>
        <source>enter your password again to confirm the administration</source>
        <translation>saisissez à nouveau votre mot de passe pour confirmer l&apos;administration</translation>
    </message>
    <message>
        <source>do not administer: preparation %1 is not for the patient with IPP %2 born on %3: check the patient&apos;s identity</source>
        <translation>ne pas administrer : la préparation %1 n&apos;est pas pour le patient d&apos;IPP %2 né(e) le %3 : vérifiez l&apos;identité du patient</translation>
    </message>
    <message>
        <source>check whether a dose may be given</source>
        <translation>vérifier si une dose peut être administrée</translation>
    </message>
    <message>
        <source>see the shipments to carry</source>
        <translation>voir les expéditions à transporter</translation>
    </message>
    <message>
        <source>shipment %1 goes back to the PUI (%2 declared): it is not delivered</source>
        <translation>l&apos;expédition %1 retourne à la PUI (déclaré : %2) : elle n&apos;est pas livrée</translation>
    </message>
    <message>
        <source>declare a delivery problem</source>
        <translation>déclarer un problème de livraison</translation>
    </message>
    <message>
        <source>shipment %1 is %2: a delivery problem is declared on the way, after pickup and before delivery</source>
        <translation>l&apos;expédition %1 est %2 : un problème de livraison se déclare en route, après l&apos;enlèvement et avant la livraison</translation>
    </message>
    <message>
        <source>record a dose as not given</source>
        <translation>enregistrer une dose non administrée</translation>
    </message>
    <message>
        <source>say why the dose was not given</source>
        <translation>indiquez pourquoi la dose n&apos;a pas été administrée</translation>
    </message>
    <message>
        <source>preparation %1 is %2: only a delivered dose is recorded as not given</source>
        <translation>la préparation %1 est %2 : seule une dose livrée peut être enregistrée comme non administrée</translation>
    </message>
    <message>
        <source>preparation %1 is already recorded as not given</source>
        <translation>la préparation %1 est déjà enregistrée comme non administrée</translation>
    </message>
    <message>
        <source>preparation %1 was recorded as not given (%2): %3</source>
        <translation>la préparation %1 a été enregistrée comme non administrée (%2) : %3</translation>
    </message>
    <message>
        <source>shipment %1 could not be delivered (%2): it goes back to the PUI</source>
        <translation>l&apos;expédition %1 n&apos;a pas pu être livrée (%2) : elle retourne à la PUI</translation>
    </message>
    <message>
        <source>say what the problem is: nobody home, refused or damaged cooler</source>
        <translation>indiquez le problème : personne au domicile, refus ou glacière endommagée</translation>
    </message>
    <message>
        <source>say whether the dose was returned or destroyed</source>
        <translation>indiquez si la dose a été rapportée ou détruite</translation>
    </message>
    <message>
        <source>change a nurse&apos;s care list</source>
        <translation>modifier la liste de patients d&apos;une infirmière</translation>
    </message>
    <message>
        <source>%1 is not a nurse: only nurses have a care list</source>
        <translation>%1 n&apos;est pas infirmier·ère : seuls les infirmiers ont une liste de patients</translation>
    </message>
    <message>
        <source>no patient with IPP %1</source>
        <translation>aucun patient avec l&apos;IPP %1</translation>
    </message>
    <message>
        <source>patient %1 is already in the care of %2</source>
        <translation>le patient %1 est déjà suivi par %2</translation>
    </message>
    <message>
        <source>patient %1 is not in the care of %2</source>
        <translation>le patient %1 n&apos;est pas suivi par %2</translation>
    </message>
    <message>
        <source>see another nurse&apos;s care list</source>
        <translation>voir la liste de patients d&apos;une autre infirmière</translation>
    </message>
    <message>
        <source>preparation %1 is for a patient who is not in the care of %2: ask the HAD coordination to add the patient to your care list</source>
        <translation>la préparation %1 est pour un patient que %2 ne suit pas : demandez à la coordination HAD d&apos;ajouter le patient à votre liste</translation>
    </message>
    <message>
        <source>the delivery window must end after it starts</source>
        <translation>le créneau de livraison doit finir après son début</translation>
    </message>
    <message>
        <source>the delivery window ends at %1, already past</source>
        <translation>le créneau de livraison finit le %1, déjà passé</translation>
    </message>
    <message>
        <source>preparation %1 is for another patient than %2: a cooler goes to one home</source>
        <translation>la préparation %1 est pour un autre patient que %2 : une glacière va à un seul domicile</translation>
    </message>
    <message>
        <source>watch the shipments that left the PUI</source>
        <translation>suivre les expéditions sorties de la PUI</translation>
    </message>
    <message>
        <source>shipment %1 was picked up late, at %2 (packed at %3)</source>
        <translation>l&apos;expédition %1 a été enlevée en retard, le %2 (emballée le %3)</translation>
    </message>
    <message>
        <source>shipment %1 has not been picked up (packed at %2)</source>
        <translation>l&apos;expédition %1 n&apos;a pas été enlevée (emballée le %2)</translation>
    </message>
    <message>
        <source>shipment %1 reached the home late, at %2 (picked up at %3)</source>
        <translation>l&apos;expédition %1 est arrivée au domicile en retard, le %2 (enlevée le %3)</translation>
    </message>
    <message>
        <source>shipment %1 has not been delivered (picked up at %2)</source>
        <translation>l&apos;expédition %1 n&apos;a pas été livrée (enlevée le %2)</translation>
    </message>
    <message>
        <source>shipment %1 could not be delivered (%2): %3</source>
        <translation>l&apos;expédition %1 n&apos;a pas pu être livrée (%2) : %3</translation>
    </message>
    <message>
        <source>shipment %1 came back to the PUI late, at %2</source>
        <translation>l&apos;expédition %1 est revenue à la PUI en retard, le %2</translation>
    </message>
    <message>
        <source>shipment %1 has not come back to the PUI (problem declared at %2)</source>
        <translation>l&apos;expédition %1 n&apos;est pas revenue à la PUI (problème déclaré le %2)</translation>
    </message>
    <message>
        <source>the logger data of shipment %1 arrived late, at %2</source>
        <translation>les données de l&apos;enregistreur de l&apos;expédition %1 sont arrivées en retard, le %2</translation>
    </message>
    <message>
        <source>the logger data of shipment %1 (logger %2) has not arrived</source>
        <translation>les données de l&apos;enregistreur de l&apos;expédition %1 (enregistreur %2) ne sont pas arrivées</translation>
    </message>
    <message>
        <source>preparation %1 was not given (%2): %3</source>
        <translation>la préparation %1 n&apos;a pas été administrée (%2) : %3</translation>
    </message>
    <message>
        <source>preparation %1 expired at the home at %2 without being given</source>
        <translation>la préparation %1 a expiré au domicile le %2 sans être administrée</translation>
    </message>
    <message>
        <source>preparation %1 came back to the PUI: destroy it or send it out again</source>
        <translation>la préparation %1 est revenue à la PUI : la détruire ou la renvoyer</translation>
    </message>
    <message>
        <source>close a dispatch alarm</source>
        <translation>clore une alarme du suivi des expéditions</translation>
    </message>
    <message>
        <source>say why the alarm can be closed</source>
        <translation>dites pourquoi l&apos;alarme peut être close</translation>
    </message>
    <message>
        <source>no dispatch alarm %1</source>
        <translation>aucune alarme de suivi %1</translation>
    </message>
    <message>
        <source>dispatch alarm %1 is already closed</source>
        <translation>l&apos;alarme de suivi %1 est déjà close</translation>
    </message>
    <message>
        <source>preparation %1 is back at the PUI: decide whether it is destroyed or sent out again</source>
        <translation>la préparation %1 est revenue à la PUI : décidez si elle est détruite ou renvoyée</translation>
    </message>
    <message>
        <source>receive a shipment back at the PUI</source>
        <translation>réceptionner une expédition revenue à la PUI</translation>
    </message>
    <message>
        <source>shipment %1 never left the PUI: it cannot come back</source>
        <translation>l&apos;expédition %1 n&apos;a jamais quitté la PUI : elle ne peut pas revenir</translation>
    </message>
    <message>
        <source>shipment %1 was already received back at the PUI</source>
        <translation>l&apos;expédition %1 a déjà été réceptionnée à son retour à la PUI</translation>
    </message>
    <message>
        <source>no delivery problem was declared for shipment %1: say why it came back</source>
        <translation>aucun problème de livraison n&apos;a été déclaré pour l&apos;expédition %1 : dites pourquoi elle revient</translation>
    </message>
    <message>
        <source>decide on a dose that came back</source>
        <translation>décider du devenir d&apos;une dose revenue</translation>
    </message>
    <message>
        <source>say why</source>
        <translation>dites pourquoi</translation>
    </message>
    <message>
        <source>preparation %1 has not come back to the PUI (shipment %2)</source>
        <translation>la préparation %1 n&apos;est pas revenue à la PUI (expédition %2)</translation>
    </message>
    <message>
        <source>preparation %1 has already been decided on</source>
        <translation>le devenir de la préparation %1 est déjà décidé</translation>
    </message>
    <message>
        <source>preparation %1 is expired: it cannot be sent out again</source>
        <translation>la préparation %1 est périmée : elle ne peut pas être renvoyée</translation>
    </message>
    <message>
        <source>import the logger data of shipment %1 first: without it nothing shows preparation %2 stayed cold</source>
        <translation>importez d&apos;abord les données de l&apos;enregistreur de l&apos;expédition %1 : sans elles rien ne montre que la préparation %2 est restée au froid</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Start the preparation</source>
        <translation>Commencer la préparation</translation>
    </message>
    <message>
        <source>Scan the vial&apos;s DataMatrix</source>
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
        <translation>Imprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Check the printed label file</source>
        <translation>Vérifiez le fichier de l&apos;étiquette imprimée</translation>
    </message>
    <message>
        <source>Show the printed label to the camera</source>
        <translation>Montrer l&apos;étiquette imprimée à la caméra</translation>
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
        <translation>Plus rien à faire à l&apos;isolateur</translation>
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
        <translation>hors tolérance : en attente d&apos;un pharmacien</translation>
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
        <translation>Défaut d&apos;appareil</translation>
    </message>
    <message>
        <source>Database fault</source>
        <translation>Défaut de base de données</translation>
    </message>
    <message>
        <source>Label fault</source>
        <translation>Défaut d&apos;étiquette</translation>
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
        <translation>Changez d&apos;abord votre mot de passe</translation>
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
    <message>
        <source>packed</source>
        <translation>emballée</translation>
    </message>
    <message>
        <source>picked up by the courier</source>
        <translation>prise en charge par le coursier</translation>
    </message>
    <message>
        <source>delivered to the patient&apos;s home</source>
        <translation>livrée au domicile du patient</translation>
    </message>
    <message>
        <source>nobody home</source>
        <translation>absence du patient</translation>
    </message>
    <message>
        <source>refused at the door</source>
        <translation>refus à la porte</translation>
    </message>
    <message>
        <source>damaged cooler</source>
        <translation>glacière endommagée</translation>
    </message>
    <message>
        <source>destroyed at the home</source>
        <translation>détruite au domicile</translation>
    </message>
    <message>
        <source>brought back to the PUI</source>
        <translation>rapportée à la PUI</translation>
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
        <translation>Vérification de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Re-hashes the whole audit trail, compares every audited record with its last audited value and checks the checkpoints signed by the station&apos;s keys.</source>
        <translation>Recalcule toute la chaîne d&apos;empreintes de la piste d&apos;audit, compare chaque enregistrement audité à sa dernière valeur auditée et vérifie les points de contrôle signés par les clés de la station.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>verifying the audit trail</source>
        <translation>vérification de la piste d&apos;audit</translation>
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
        <translation>Piste d&apos;audit intacte.</translation>
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
        <translation>Piste d&apos;audit</translation>
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
        <translation>MODIFIÉ SUR LE DISQUE depuis l&apos;ouverture de la station</translation>
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
            <numerusform>%n fichier modifié sur le disque : la station décide avec la version chargée jusqu&apos;à son redémarrage.</numerusform>
            <numerusform>%n fichiers modifiés sur le disque : la station décide avec la version chargée jusqu&apos;à son redémarrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data file(s) loaded.</source>
        <translation>
            <numerusform>%n fichier de données chargé.</numerusform>
            <numerusform>%n fichiers de données chargés.</numerusform>
        </translation>
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
        <translation>Numéro d&apos;inventaire</translation>
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
        <translation>URI de l&apos;imprimante</translation>
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
        <translation>test d&apos;un appareil</translation>
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
    <name>prep::ui::DispatchWatchScreen</name>
    <message>
        <source>packed, waiting for the courier</source>
        <translation>emballée, en attente du coursier</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>en route</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <source>could not be delivered: coming back</source>
        <translation>non livrée : en retour</translation>
    </message>
    <message>
        <source>back at the PUI</source>
        <translation>revenue à la PUI</translation>
    </message>
    <message>
        <source>Dispatch watch</source>
        <translation>Suivi des expéditions</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Shipments not yet settled</source>
        <translation>Expéditions non soldées</translation>
    </message>
    <message>
        <source>Alarms: each stays until a pharmacist closes it</source>
        <translation>Alarmes : chacune reste jusqu&apos;à ce qu&apos;un pharmacien la close</translation>
    </message>
    <message>
        <source>Show closed alarms</source>
        <translation>Montrer les alarmes closes</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où en est-elle</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Emballée</translation>
    </message>
    <message>
        <source>Picked up</source>
        <translation>Enlevée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Logger data</source>
        <translation>Données de l&apos;enregistreur</translation>
    </message>
    <message>
        <source>Open alarms</source>
        <translation>Alarmes ouvertes</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason (or the return&apos;s note)</source>
        <translation>Motif (ou note du retour)</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Close the alarm</source>
        <translation>Clore l&apos;alarme</translation>
    </message>
    <message>
        <source>Shipment received back</source>
        <translation>Expédition réceptionnée en retour</translation>
    </message>
    <message>
        <source>Destroy the dose</source>
        <translation>Détruire la dose</translation>
    </message>
    <message>
        <source>Send the dose out again</source>
        <translation>Renvoyer la dose</translation>
    </message>
    <message>
        <source>looking at the shipments</source>
        <translation>lecture des expéditions</translation>
    </message>
    <message>
        <source>not arrived</source>
        <translation>non arrivées</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTE</translation>
    </message>
    <message>
        <source>closed: %1</source>
        <translation>close : %1</translation>
    </message>
    <message>
        <source>closed by the decision on the dose</source>
        <translation>close par la décision sur la dose</translation>
    </message>
    <message>
        <source>no open alarm</source>
        <translation>aucune alarme ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n alarme ouverte</numerusform>
            <numerusform>%n alarmes ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alarm in the list first.</source>
        <translation>Choisissez d&apos;abord une alarme dans la liste.</translation>
    </message>
    <message>
        <source>closing the alarm</source>
        <translation>clôture de l&apos;alarme</translation>
    </message>
    <message>
        <source>Alarm closed, with your reason, in the audit trail.</source>
        <translation>Alarme close, avec votre motif, dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Choose the shipment that came back first.</source>
        <translation>Choisissez d&apos;abord l&apos;expédition revenue.</translation>
    </message>
    <message>
        <source>receiving the shipment</source>
        <translation>réception de l&apos;expédition</translation>
    </message>
    <message>
        <source>Shipment %1 is back at the PUI: decide on each of its doses.</source>
        <translation>L&apos;expédition %1 est revenue à la PUI : décidez du devenir de chacune de ses doses.</translation>
    </message>
    <message>
        <source>Choose the alarm of the dose that came back first.</source>
        <translation>Choisissez d&apos;abord l&apos;alarme de la dose revenue.</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>enregistrement de la décision</translation>
    </message>
    <message>
        <source>Preparation %1: to be destroyed.</source>
        <translation>Préparation %1 : à détruire.</translation>
    </message>
    <message>
        <source>Preparation %1 is released again: pack it in a new shipment.</source>
        <translation>La préparation %1 est de nouveau libérée : emballez-la dans une nouvelle expédition.</translation>
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
        <translation>Conservation jusqu&apos;à l&apos;administration</translation>
    </message>
    <message>
        <source>Your password (signature &quot;prepared by&quot;)</source>
        <translation>Votre mot de passe (signature « préparé par »)</translation>
    </message>
    <message>
        <source>as the site&apos;s practice says</source>
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
        <translation>caméra : pas encore d&apos;image</translation>
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
        <translation>Imprimer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Check the label file</source>
        <translation>Vérifier le fichier de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Read the label with the camera</source>
        <translation>Lire l&apos;étiquette avec la caméra</translation>
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
        <translation>La dose est hors tolérance : un pharmacien l&apos;accepte ou la refuse depuis son écran. Rien d&apos;autre ne peut être fait sur cette seringue d&apos;ici là.</translation>
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
        <translation>impression de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Label printed (%1), expiry %2</source>
        <translation>Étiquette imprimée (%1), DLU %2</translation>
    </message>
    <message>
        <source>reading the label file back</source>
        <translation>relecture du fichier de l&apos;étiquette</translation>
    </message>
    <message>
        <source>The label file does not read back as this preparation (read: %1)</source>
        <translation>Le fichier de l&apos;étiquette ne se relit pas comme cette préparation (lu : %1)</translation>
    </message>
    <message>
        <source>The label file reads back as %1</source>
        <translation>Le fichier de l&apos;étiquette se relit : %1</translation>
    </message>
    <message>
        <source>reading the label with the camera</source>
        <translation>lecture de l&apos;étiquette par la caméra</translation>
    </message>
    <message>
        <source>The camera did not see this preparation&apos;s label</source>
        <translation>La caméra n&apos;a pas vu l&apos;étiquette de cette préparation</translation>
    </message>
    <message>
        <source>The camera read the label: %1</source>
        <translation>La caméra a lu l&apos;étiquette : %1</translation>
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
        <translation>un code a été scanné, mais aucun scan n&apos;est attendu maintenant (%1)</translation>
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
            <numerusform>%n préparation faite avec ce lot</numerusform>
            <numerusform>%n préparations faites avec ce lot</numerusform>
        </translation>
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
    <message>
        <source>Dispatch watch</source>
        <translation>Suivi des expéditions</translation>
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
        <source>pharmacist&apos;s decision</source>
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
        <translation>Dose acceptée : le préparateur peut passer à l&apos;étiquette</translation>
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
        <translation>Montrer l&apos;étiquette imprimée à la caméra</translation>
    </message>
    <message>
        <source>Simulated bench — the technician&apos;s hands</source>
        <translation>Paillasse simulée — les mains du préparateur</translation>
    </message>
    <message>
        <source>SIMULATED BENCH (sim://): the technician&apos;s hands, for training</source>
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
        <translation>Remplir d&apos;air</translation>
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
        <translation>APPAREILS SIMULÉS (sim://) — formation uniquement, jamais pour la dose d&apos;un patient</translation>
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
        <source>Couriers and nurses record handovers and administrations on their phones (the station&apos;s web service): there is nothing for your role at the isolator.</source>
        <translation>Les coursiers et les infirmiers enregistrent les remises et les administrations sur leur téléphone (le service web de la station) : rien n&apos;est prévu pour votre rôle à l&apos;isolateur.</translation>
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
        <translation>Statut de l&apos;expédition</translation>
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
            <numerusform>Patient %1 %2 %3 : %n prescription</numerusform>
            <numerusform>Patient %1 %2 %3 : %n prescriptions</numerusform>
        </translation>
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
        <source>reading the preparation&apos;s history</source>
        <translation>lecture de l&apos;historique de la préparation</translation>
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
            <numerusform>Lot %1 : %n préparation</numerusform>
            <numerusform>Lot %1 : %n préparations</numerusform>
        </translation>
    </message>
    <message>
        <source>No preparation used this lot.</source>
        <translation>Aucune préparation n&apos;a utilisé ce lot.</translation>
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
        <translation>attribution d&apos;un nouveau mot de passe</translation>
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
        <translation>Choisissez d&apos;abord un compte.</translation>
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
        <source>planning the order&apos;s syringes</source>
        <translation>planification des seringues de la prescription</translation>
    </message>
</context>
</TS>
