<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Main</name>
    <message>
        <source>Your car's data, in plain words. The kiosk is coming soon.</source>
        <translation>Les données de votre voiture, en mots simples. La borne arrive bientôt.</translation>
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
    <message numerus="yes">
        <source>%n line(s) read</source>
        <translation><numerusform>%n ligne lue</numerusform><numerusform>%n lignes lues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation><numerusform>%n refusée</numerusform><numerusform>%n refusées</numerusform></translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>Seul le résumé a été conservé, pas les enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of the car %1, newest first:</source>
        <translation><numerusform>%n importation de la voiture %1, la plus récente d’abord :</numerusform><numerusform>%n importations de la voiture %1, la plus récente d’abord :</numerusform></translation>
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
