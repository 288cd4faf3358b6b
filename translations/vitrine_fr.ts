<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdequacyBadge</name>
    <message>
        <source>Swiss law applies</source>
        <comment>adequacy badge</comment>
        <translation>Droit suisse applicable</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>adequacy badge</comment>
        <translation>Protection adéquate</translation>
    </message>
    <message>
        <source>Protected only if certified</source>
        <comment>adequacy badge: USA without Data Privacy Framework certification</comment>
        <translation>Protégé seulement si certifié</translation>
    </message>
    <message>
        <source>Not deemed adequate</source>
        <comment>adequacy badge</comment>
        <translation>Pas jugé adéquat</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <comment>adequacy badge</comment>
        <translation>Pays inconnu</translation>
    </message>
</context>
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Conseiller : vérifier l’importation</translation>
    </message>
    <message>
        <source>Check what was read before you hand the screen to the customer.</source>
        <translation>Vérifiez ce qui a été lu avant de passer l’écran au client ou à la cliente.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Ce qui a été lu</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Rien à passer en revue pour l’instant</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Le fichier a été refusé.</translation>
    </message>
    <message>
        <source>No data log has been imported. Import the car's log, then check it here.</source>
        <translation>Aucun journal de données n’a été importé. Importez le journal de la voiture, puis vérifiez-le ici.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Period in the file</source>
        <translation>Période dans le fichier</translation>
    </message>
    <message>
        <source>Period declared by the export</source>
        <translation>Période indiquée par l’exportation</translation>
    </message>
    <message>
        <source>Check that this VIN matches the car in for service:</source>
        <translation>Vérifiez que ce VIN correspond à la voiture en service :</translation>
    </message>
    <message>
        <source>Lines refused</source>
        <translation>Lignes refusées</translation>
    </message>
    <message>
        <source>No line was refused.</source>
        <translation>Aucune ligne n’a été refusée.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <comment>a line of the imported file</comment>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>Cancel and clear</source>
        <translation>Annuler et effacer</translation>
    </message>
    <message>
        <source>Confirm VIN and start the review</source>
        <translation>Confirmer le VIN et commencer la revue</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car's data, in plain words</source>
        <translation>Les données de votre voiture, en mots simples</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>Pendant le changement de vos pneus, découvrez ce que votre voiture a enregistré, où sont allées les données et ce que vous pouvez faire.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>Votre conseiller ou conseillère commencera la revue avec vous.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Code PIN de démonstration : %1</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: the advisor unlocks the kiosk</comment>
        <translation>Conseiller</translation>
    </message>
</context>
<context>
    <name>ChoicesCard</name>
    <message>
        <source>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</source>
        <translation>Cochez ce que vous souhaitez pour chaque destinataire. Votre conseiller ou conseillère verra les étapes suivantes avec vous.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car's settings</comment>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Ask to delete</source>
        <comment>choice: ask the recipient to delete the data</comment>
        <translation>Demander l’effacement</translation>
    </message>
    <message>
        <source>Ask for a copy</source>
        <comment>choice: ask the recipient which data it holds</comment>
        <translation>Demander une copie</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) ticked.</source>
        <translation><numerusform>%n choix coché.</numerusform><numerusform>%n choix cochés.</numerusform></translation>
    </message>
    <message>
        <source>Nothing ticked: that is fine too.</source>
        <translation>Rien de coché : c’est très bien aussi.</translation>
    </message>
    <message>
        <source>Continue to signing</source>
        <translation>Continuer vers la signature</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Retour au début</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Schéma des flux : quelles données sont allées à quel destinataire, dans quel pays</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation><numerusform>%n autre</numerusform><numerusform>%n autres</numerusform></translation>
    </message>
    <message>
        <source>Data</source>
        <comment>flow picture column: kinds of data</comment>
        <translation>Données</translation>
    </message>
    <message>
        <source>Recipients</source>
        <comment>flow picture column</comment>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Countries</source>
        <comment>flow picture column</comment>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Solid line: Switzerland deems the protection adequate</source>
        <translation>Trait plein : la Suisse juge la protection adéquate</translation>
    </message>
    <message>
        <source>Dashed line: not deemed adequate, or not known</source>
        <translation>Trait pointillé : pas jugée adéquate, ou inconnue</translation>
    </message>
    <message>
        <source>Thicker line: data sent more often</source>
        <translation>Trait plus épais : données envoyées plus souvent</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation><numerusform>Pour protéger votre vie privée, cet écran sera effacé dans %n seconde.</numerusform><numerusform>Pour protéger votre vie privée, cet écran sera effacé dans %n secondes.</numerusform></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Je suis toujours là</translation>
    </message>
</context>
<context>
    <name>InShortCard</name>
    <message>
        <source>VIN %1</source>
        <translation>VIN %1</translation>
    </message>
    <message>
        <source>Swipe, or tap Next, to read more.</source>
        <translation>Balayez l’écran ou touchez Suivant pour en lire davantage.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Vitrine</source>
        <translation>Vitrine</translation>
    </message>
</context>
<context>
    <name>NewCard</name>
    <message>
        <source>Compared with the review at your last visit.</source>
        <translation>Par rapport à la revue de votre dernière visite.</translation>
    </message>
    <message>
        <source>This is the first review of this car with us.</source>
        <translation>C’est la première revue de cette voiture chez nous.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today: new recipients, new kinds of data, and whether your car sent more or less.</source>
        <translation>Lors de votre prochaine visite, cette carte montrera ce qui a changé depuis aujourd’hui : nouveaux destinataires, nouveaux types de données, et si votre voiture en a envoyé plus ou moins.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last visit.</source>
        <translation>Rien n’a changé depuis votre dernière visite.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation><numerusform>%n chiffre saisi</numerusform><numerusform>%n chiffres saisis</numerusform></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Valider le code PIN</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>Most private first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Les plus privées d’abord. La barre compare chaque type de données au plus fréquent.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>In short</source>
        <comment>card title</comment>
        <translation>En bref</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <comment>card title</comment>
        <translation>Ce que votre voiture a enregistré</translation>
    </message>
    <message>
        <source>Where it went</source>
        <comment>card title</comment>
        <translation>Où les données sont allées</translation>
    </message>
    <message>
        <source>When</source>
        <comment>card title: the timeline</comment>
        <translation>Quand</translation>
    </message>
    <message>
        <source>New since your last visit</source>
        <comment>card title</comment>
        <translation>Nouveau depuis votre dernière visite</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>card title</comment>
        <translation>Vos choix</translation>
    </message>
    <message>
        <source>Your privacy review</source>
        <translation>Votre revue de confidentialité</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Texte normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: hand the kiosk back to the advisor</comment>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <comment>card indicator: card 2 of 6: its title</comment>
        <translation>%1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>Votre revue de confidentialité</translation>
    </message>
    <message>
        <source>Signing comes next</source>
        <translation>La signature vient ensuite</translation>
    </message>
    <message>
        <source>Soon you and your advisor will sign here, and the kiosk will print your privacy review sheet to take home.</source>
        <translation>Bientôt, vous et votre conseiller ou conseillère signerez ici, et la borne imprimera votre fiche de revue de confidentialité à emporter.</translation>
    </message>
    <message>
        <source>When you tap Finish, this screen is cleared: the next customer sees nothing of your review.</source>
        <translation>Quand vous touchez Terminer, cet écran est effacé : la personne suivante ne voit rien de votre revue.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Retour à vos choix</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Advisor access</source>
        <translation>Accès conseiller</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Saisissez votre code PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Veuillez patienter %n seconde avant de réessayer.</numerusform><numerusform>Veuillez patienter %n secondes avant de réessayer.</numerusform></translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Code PIN de démonstration : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message numerus="yes">
        <source>Week starting %1: %Ln event(s)</source>
        <comment>chart: one week's total</comment>
        <translation><numerusform>Semaine du %1 : %Ln événement</numerusform><numerusform>Semaine du %1 : %Ln événements</numerusform></translation>
    </message>
    <message>
        <source>Tap a bar to see its week.</source>
        <translation>Touchez une barre pour voir sa semaine.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <comment>chart: the busiest week's total, at the top line</comment>
        <translation><numerusform>%Ln événement</numerusform><numerusform>%Ln événements</numerusform></translation>
    </message>
</context>
<context>
    <name>WhenCard</name>
    <message>
        <source>Events per week, %1.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Événements par semaine, %1.</translation>
    </message>
</context>
<context>
    <name>WhereCard</name>
    <message>
        <source>Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.</source>
        <translation>Qui a reçu des données de votre voiture, dans quel pays, et si la Suisse y juge la protection adéquate.</translation>
    </message>
    <message>
        <source>Each recipient</source>
        <comment>heading above the list of recipients</comment>
        <translation>Chaque destinataire</translation>
    </message>
    <message>
        <source>Data received: %1</source>
        <translation>Données reçues : %1</translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Veuillez patienter %n seconde avant de réessayer.</numerusform><numerusform>Veuillez patienter %n secondes avant de réessayer.</numerusform></translation>
    </message>
    <message>
        <source>No advisor PIN has been set.</source>
        <translation>Aucun code PIN de conseiller n’a été défini.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>Ce code PIN n’est pas correct.</translation>
    </message>
</context>
<context>
    <name>vitrine::Refusal</name>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Le fichier ne peut pas être ouvert (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Le fichier ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The compressed file is damaged.</source>
        <translation>Le fichier compressé est endommagé.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide : il n’a pas de ligne d’en-tête.</translation>
    </message>
    <message>
        <source>The first line is not a valid header.</source>
        <translation>La première ligne n’est pas un en-tête valide.</translation>
    </message>
    <message>
        <source>This is not a car data log (VDFL).</source>
        <translation>Ce n’est pas un journal de données automobile (VDFL).</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the format (%1). Please update Vitrine.</source>
        <translation>Le fichier a été créé avec une version plus récente du format (%1). Veuillez mettre Vitrine à jour.</translation>
    </message>
    <message>
        <source>The format version in the header is not valid.</source>
        <translation>La version du format indiquée dans l’en-tête n’est pas valide.</translation>
    </message>
    <message>
        <source>The header gives no vehicle identification number (VIN).</source>
        <translation>L’en-tête n’indique pas de numéro d’identification du véhicule (VIN).</translation>
    </message>
    <message>
        <source>"%1" is not a valid vehicle identification number (VIN).</source>
        <translation>« %1 » n’est pas un numéro d’identification du véhicule (VIN) valide.</translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation>Le champ d’en-tête %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>vitrine::Rejection</name>
    <message>
        <source>This line is not a readable record.</source>
        <translation>Cette ligne n’est pas un enregistrement lisible.</translation>
    </message>
    <message>
        <source>This line holds characters that are not valid text.</source>
        <translation>Cette ligne contient des caractères qui ne sont pas du texte valide.</translation>
    </message>
    <message>
        <source>This line is longer than 1 MB.</source>
        <translation>Cette ligne dépasse 1 Mo.</translation>
    </message>
    <message>
        <source>The time (t) is missing.</source>
        <translation>L’heure (t) manque.</translation>
    </message>
    <message>
        <source>The time (t) is not a valid date and time.</source>
        <translation>L’heure (t) n’est pas une date et une heure valides.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is missing.</source>
        <translation>Le type d’événement (kind) manque.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is unknown.</source>
        <translation>Le type d’événement (kind) est inconnu.</translation>
    </message>
    <message>
        <source>The data (data) is missing.</source>
        <translation>Les données (data) manquent.</translation>
    </message>
    <message>
        <source>The data (data) is neither text nor a list of texts.</source>
        <translation>Les données (data) ne sont ni un texte ni une liste de textes.</translation>
    </message>
    <message>
        <source>The data (data) is empty.</source>
        <translation>Les données (data) sont vides.</translation>
    </message>
    <message>
        <source>The data item "%1" is not a known kind of data.</source>
        <translation>L’élément de données « %1 » n’est pas un type de données connu.</translation>
    </message>
    <message>
        <source>The recipient (to) is missing.</source>
        <translation>Le destinataire (to) manque.</translation>
    </message>
    <message>
        <source>The recipient (to) is not a valid address.</source>
        <translation>Le destinataire (to) n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The intermediary (via) is not a valid address.</source>
        <translation>L’intermédiaire (via) n’est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The size (bytes) is not a whole number of 0 or more.</source>
        <translation>La taille (bytes) n’est pas un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The number of events (count) is not a whole number of 1 or more.</source>
        <translation>Le nombre d’événements (count) n’est pas un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The connection (channel) is unknown.</source>
        <translation>La connexion (channel) est inconnue.</translation>
    </message>
    <message>
        <source>The legal basis (basis) is unknown.</source>
        <translation>La base juridique (basis) est inconnue.</translation>
    </message>
    <message>
        <source>The purpose (purpose) is not text.</source>
        <translation>La finalité (purpose) n’est pas un texte.</translation>
    </message>
    <message>
        <source>The consent (consent) is not text.</source>
        <translation>Le consentement (consent) n’est pas un texte.</translation>
    </message>
    <message>
        <source>This line was rejected.</source>
        <translation>Cette ligne a été refusée.</translation>
    </message>
</context>
<context>
    <name>vitrine::Review</name>
    <message>
        <source>unknown recipient</source>
        <translation>destinataire inconnu</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>pays inconnu</translation>
    </message>
    <message>
        <source>New recipient: %1</source>
        <translation>Nouveau destinataire : %1</translation>
    </message>
    <message>
        <source>No longer received data: %1</source>
        <translation>N’a plus reçu de données : %1</translation>
    </message>
    <message>
        <source>Newly recorded: %1</source>
        <translation>Nouvellement enregistré : %1</translation>
    </message>
    <message>
        <source>No longer recorded: %1</source>
        <translation>N’est plus enregistré : %1</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % more per day than last time.</source>
        <translation>Votre voiture a enregistré environ %1 % de plus par jour que la dernière fois.</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % less per day than last time.</source>
        <translation>Votre voiture a enregistré environ %1 % de moins par jour que la dernière fois.</translation>
    </message>
    <message>
        <source>Your car recorded about as much per day as last time.</source>
        <translation>Votre voiture a enregistré à peu près autant par jour que la dernière fois.</translation>
    </message>
    <message>
        <source>Your car</source>
        <translation>Votre voiture</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln ligne lue</numerusform><numerusform>%Ln lignes lues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation><numerusform>%Ln refusée</numerusform><numerusform>%Ln refusées</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur : %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation>Impossible de créer le fichier de base de données %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Impossible de lire le fichier de base de données %1 : %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vitrine database.</source>
        <translation>Le fichier %1 n’est pas une base de données Vitrine.</translation>
    </message>
    <message>
        <source>The passphrase is empty. The database needs a passphrase.</source>
        <translation>La phrase secrète est vide. La base de données en exige une.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La bibliothèque de chiffrement n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The database key could not be derived: not enough memory, or invalid key derivation settings.</source>
        <translation>La clé de la base de données n’a pas pu être dérivée : mémoire insuffisante ou réglages de dérivation invalides.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation>Cette phrase secrète n’ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de Vitrine (format %1 ; cette version lit jusqu’au format %2). Mettez Vitrine à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The import has no vehicle identification number (VIN).</source>
        <translation>L’importation n’a pas de numéro d’identification du véhicule (VIN).</translation>
    </message>
    <message>
        <source>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>L’empreinte du fichier n’est pas un SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The review report is not valid JSON: %1</source>
        <translation>Le rapport de la revue n’est pas du JSON valide : %1</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>La durée de conservation ne peut pas être négative.</translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>Une entrée du journal d’audit doit indiquer une action.</translation>
    </message>
    <message>
        <source>The audit trail has been altered: entry %1 was changed, removed or inserted.</source>
        <translation>Le journal d’audit a été altéré : l’entrée %1 a été modifiée, supprimée ou insérée.</translation>
    </message>
</context>
<context>
    <name>vitrine::cli</name>
    <message>
        <source>classify reads paths on standard input; it takes no arguments.</source>
        <translation>classify lit les chemins sur l’entrée standard et ne prend pas d’arguments.</translation>
    </message>
    <message>
        <source>not a VSS path (Vehicle.…)</source>
        <translation>pas un chemin VSS (Vehicle.…)</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr, de, it or en.</source>
        <translation>Langue inconnue « %1 » : utilisez fr, de, it ou en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>Aucune phrase secrète : définissez VITRINE_PASSPHRASE ou lancez la commande dans un terminal pour qu’elle vous soit demandée.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk's store: </source>
        <translation>Phrase secrète de la base de la borne : </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Aucune phrase secrète saisie.</translation>
    </message>
    <message>
        <source>Writes a realistic demo car data log.</source>
        <translation>Écrit un journal de données automobile de démonstration réaliste.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>Nombre d’événements.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same log.</source>
        <translation>Graine : la même graine donne le même journal.</translation>
    </message>
    <message>
        <source>Days covered.</source>
        <translation>Jours couverts.</translation>
    </message>
    <message>
        <source>Output file; gzip when it ends in .gz.</source>
        <translation>Fichier de sortie, compressé en gzip s’il se termine par .gz.</translation>
    </message>
    <message>
        <source>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</source>
        <translation>--events et --days prennent des nombres entiers de 1 ou plus, --seed un nombre entier de 0 ou plus.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation>%1 écrit : %2 enregistrements, %3 événements, VIN %4.</translation>
    </message>
    <message>
        <source>Shows what a car data log holds.</source>
        <translation>Montre ce que contient un journal de données automobile.</translation>
    </message>
    <message>
        <source>The machine-readable report.</source>
        <translation>Le rapport lisible par machine.</translation>
    </message>
    <message>
        <source>Language of the plain report.</source>
        <translation>Langue du rapport en langage clair.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Le fichier journal.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log's summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
</source>
        <translation>Utilisation : vitrine-cli COMMANDE [OPTIONS]

Commandes :
  inspect [--json | --lang fr|de|it|en] FILE   ce que contient un journal de données
  classify                                     catégorie de chaque chemin VSS lu sur l’entrée standard
  import --db PATH FILE                        conserver le résumé d’un journal dans la base chiffrée
  history --db PATH VIN                        importations précédentes d’une voiture
  generate --events N --seed S --out FILE      écrire un journal de démonstration réaliste
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>The encrypted store's file.</source>
        <translation>Le fichier de la base chiffrée.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Langue des messages.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Keeps a log's summary in the encrypted store.</source>
        <translation>Conserve le résumé d’un journal dans la base chiffrée.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation>%1 a déjà été importé le %2 (importation %3) : rien de nouveau n’a été conservé.</translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Rien n’a été conservé : %1</translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation>%1 importé pour la voiture %2 (importation %3).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <source>Lists the earlier imports of a car.</source>
        <translation>Liste les importations précédentes d’une voiture.</translation>
    </message>
    <message>
        <source>No import of the car %1 is kept.</source>
        <translation>Aucune importation de la voiture %1 n’est conservée.</translation>
    </message>
    <message>
        <source>Import %1 on %2: %3</source>
        <translation>Importation %1 du %2 : %3</translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation>Événements du %1 au %2 : %3</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation>Lignes : %1 lues, %2 refusées</translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>Seul le résumé a été conservé, pas les enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of the car %1, newest first:</source>
        <translation><numerusform>%n importation de la voiture %1, la plus récente d’abord :</numerusform><numerusform>%n importations de la voiture %1, la plus récente d’abord :</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln ligne lue</numerusform><numerusform>%Ln lignes lues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation><numerusform>%Ln refusée</numerusform><numerusform>%Ln refusées</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::generator</name>
    <message>
        <source>The number of events and days must be at least 1.</source>
        <translation>Le nombre d’événements et de jours doit être d’au moins 1.</translation>
    </message>
</context>
<context>
    <name>vitrine::plain</name>
    <message>
        <source>Location</source>
        <comment>data category</comment>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Driving</source>
        <comment>data category</comment>
        <translation>Conduite</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>data category</comment>
        <translation>Personne au volant</translation>
    </message>
    <message>
        <source>Inside the car</source>
        <comment>data category</comment>
        <translation>Habitacle</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>data category</comment>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Media and infotainment</source>
        <comment>data category</comment>
        <translation>Médias et divertissement</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>data category</comment>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Technical condition</source>
        <comment>data category</comment>
        <translation>État technique</translation>
    </message>
    <message>
        <source>Battery, charging and fuel</source>
        <comment>data category</comment>
        <translation>Batterie, recharge et carburant</translation>
    </message>
    <message>
        <source>Software</source>
        <comment>data category</comment>
        <translation>Logiciels</translation>
    </message>
    <message>
        <source>where the car is and has been</source>
        <translation>où se trouve la voiture et où elle est allée</translation>
    </message>
    <message>
        <source>how the car is driven</source>
        <translation>comment la voiture est conduite</translation>
    </message>
    <message>
        <source>the driver's state and body</source>
        <translation>l’état et le corps de la personne au volant</translation>
    </message>
    <message>
        <source>who and what is inside</source>
        <translation>qui et ce qui se trouve à bord</translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation>le téléphone connecté : contacts, appels, messages</translation>
    </message>
    <message>
        <source>music, radio and other entertainment</source>
        <translation>musique, radio et autres divertissements</translation>
    </message>
    <message>
        <source>who you and the car are</source>
        <translation>qui vous êtes, vous et votre voiture</translation>
    </message>
    <message>
        <source>software versions and updates</source>
        <translation>versions des logiciels et mises à jour</translation>
    </message>
    <message>
        <source>very private</source>
        <translation>très privé</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privé</translation>
    </message>
    <message>
        <source>not very private</source>
        <translation>peu privé</translation>
    </message>
    <message>
        <source>carmaker</source>
        <comment>recipient role</comment>
        <translation>constructeur automobile</translation>
    </message>
    <message>
        <source>maps and traffic</source>
        <comment>recipient role</comment>
        <translation>cartes et trafic</translation>
    </message>
    <message>
        <source>voice assistant</source>
        <comment>recipient role</comment>
        <translation>assistant vocal</translation>
    </message>
    <message>
        <source>mobile network</source>
        <comment>recipient role</comment>
        <translation>réseau mobile</translation>
    </message>
    <message>
        <source>insurer</source>
        <comment>recipient role</comment>
        <translation>assureur</translation>
    </message>
    <message>
        <source>data broker</source>
        <comment>recipient role</comment>
        <translation>courtier en données</translation>
    </message>
    <message>
        <source>music and video streaming</source>
        <comment>recipient role</comment>
        <translation>streaming de musique et de vidéo</translation>
    </message>
    <message>
        <source>charging network</source>
        <comment>recipient role</comment>
        <translation>réseau de recharge</translation>
    </message>
    <message>
        <source>cloud service</source>
        <comment>recipient role</comment>
        <translation>service cloud</translation>
    </message>
    <message>
        <source>software and updates</source>
        <comment>recipient role</comment>
        <translation>logiciels et mises à jour</translation>
    </message>
    <message>
        <source>breakdown service</source>
        <comment>recipient role</comment>
        <translation>service de dépannage</translation>
    </message>
    <message>
        <source>fleet telematics</source>
        <comment>recipient role</comment>
        <translation>télématique de flotte</translation>
    </message>
    <message>
        <source>%1 is in Switzerland: Swiss data protection law applies.</source>
        <translation>%1 se trouve en Suisse : la loi suisse sur la protection des données s’applique.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately.</source>
        <translation>La Suisse estime que le pays de %1 protège les données de manière adéquate.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately for private companies.</source>
        <translation>La Suisse estime que le pays de %1 protège les données de manière adéquate pour les entreprises privées.</translation>
    </message>
    <message>
        <source>%1 is in the USA. Switzerland considers data safe there only with companies certified under the Swiss-US Data Privacy Framework, and %1 is not known to be certified.</source>
        <translation>%1 se trouve aux États-Unis. La Suisse n’y juge les données en sécurité qu’auprès des entreprises certifiées selon le Swiss-US Data Privacy Framework, et rien n’indique que %1 le soit.</translation>
    </message>
    <message>
        <source>Switzerland does not consider that %1's country protects data adequately.</source>
        <translation>La Suisse n’estime pas que le pays de %1 protège les données de manière adéquate.</translation>
    </message>
    <message>
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 ne figure pas dans notre liste : nous ne savons pas qui l’exploite ni dans quel pays.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation><numerusform>%Ln fois</numerusform><numerusform>%Ln fois</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation><numerusform>environ %Ln fois</numerusform><numerusform>environ %Ln fois</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln événement</numerusform><numerusform>%Ln événements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation><numerusform>environ %Ln événement</numerusform><numerusform>environ %Ln événements</numerusform></translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation>environ %1 ko</translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation>environ %1 Mo</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>environ %1 Go</translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation>environ %1 To</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation><numerusform>%Ln octet</numerusform><numerusform>%Ln octets</numerusform></translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>kilométrage, pannes, pneus et entretien</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>niveau de la batterie, recharges et consommation de carburant</translation>
    </message>
</context>
<context>
    <name>vitrine::summary</name>
    <message>
        <source>The file names your car but holds no readable events.</source>
        <translation>Le fichier désigne votre voiture, mais ne contient aucun événement lisible.</translation>
    </message>
    <message>
        <source>Between %1 and %2, your car recorded %3.</source>
        <translation>Entre le %1 et le %2, votre voiture a enregistré %3.</translation>
    </message>
    <message>
        <source>Nothing left the car.</source>
        <translation>Rien n’a quitté la voiture.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation><numerusform>%n destinataire</numerusform><numerusform>%n destinataires</numerusform></translation>
    </message>
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>Des données ont quitté la voiture %1, vers %2 dans %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation><numerusform>%n destinataire se trouve dans un pays dont la Suisse ne juge pas la protection des données adéquate.</numerusform><numerusform>%n destinataires se trouvent dans des pays dont la Suisse ne juge pas la protection des données adéquate.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %n recipient(s) are, nor where they are.</source>
        <translation><numerusform>%n destinataire nous est inconnu : nous ne savons ni qui il est ni où il se trouve.</numerusform><numerusform>%n destinataires nous sont inconnus : nous ne savons ni qui ils sont ni où ils se trouvent.</numerusform></translation>
    </message>
    <message>
        <source>Every recipient is in a country whose data protection Switzerland considers adequate.</source>
        <translation>Tous les destinataires se trouvent dans des pays dont la Suisse juge la protection des données adéquate.</translation>
    </message>
    <message>
        <source>Your car (VIN %1)</source>
        <translation>Votre voiture (VIN %1)</translation>
    </message>
    <message>
        <source>Your %1 (VIN %2)</source>
        <translation>Votre %1 (VIN %2)</translation>
    </message>
    <message>
        <source>The export says it covers %1 to %2.</source>
        <translation>Selon l’exportation, le fichier couvre la période du %1 au %2.</translation>
    </message>
    <message>
        <source>The events in it run from %1 to %2.</source>
        <translation>Les événements qu’il contient vont du %1 au %2.</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <translation>Ce que votre voiture a enregistré</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Où les données sont allées</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Ce qui n’a pas pu être lu</translation>
    </message>
    <message>
        <source>This report shows what the exported file contains, nothing more.</source>
        <translation>Ce rapport montre ce que contient le fichier exporté, rien de plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) we know of</source>
        <translation><numerusform>%n pays connu</numerusform><numerusform>%n pays connus</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2; %3): %4</source>
        <translation>%1 (%2 ; %3) : %4</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3 : %4</translation>
    </message>
    <message>
        <source>%1 (unknown recipient): %2</source>
        <translation>%1 (destinataire inconnu) : %2</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Données : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation><numerusform>%n ligne du fichier n’a pas pu être lue :</numerusform><numerusform>%n lignes du fichier n’ont pas pu être lues :</numerusform></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… et %n autre.</numerusform><numerusform>… et %n autres.</numerusform></translation>
    </message>
</context>
</TS>
