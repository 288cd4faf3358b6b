<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Conseiller&#xa0;: vérifier l’importation</translation>
    </message>
    <message>
        <source>Check what was read before you hand the screen to the customer.</source>
        <translation>Vérifiez ce qui a été lu avant de passer l’écran au client.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Ce qui a été lu</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Rien à vérifier pour l’instant</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Le fichier a été refusé.</translation>
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
        <translation>Vérifiez que ce VIN correspond à la voiture qui est à l’atelier&#xa0;:</translation>
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
        <translation>Confirmer le VIN et commencer le bilan</translation>
    </message>
    <message>
        <source>No data log has been imported. Import the car&apos;s log from the USB stick, then check it here.</source>
        <translation>Aucun journal de données n’a été importé. Importez le journal de la voiture depuis la clé USB, puis vérifiez-le ici.</translation>
    </message>
    <message>
        <source>Import from a USB stick</source>
        <translation>Importer depuis une clé USB</translation>
    </message>
    <message>
        <source>Newest first. Tap Import on the car&apos;s log.</source>
        <translation>Les plus récents d’abord. Touchez Importer sur le journal de la voiture.</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the car&apos;s data log.</source>
        <translation>Branchez la clé USB qui contient le journal de données de la voiture.</translation>
    </message>
    <message>
        <source>Its logs appear here by themselves after a few seconds. A log&apos;s name ends in .jsonl or .jsonl.gz.</source>
        <translation>Ses journaux s’affichent ici d’eux-mêmes après quelques secondes. Le nom d’un journal se termine par .jsonl ou .jsonl.gz.</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, enregistré le %2</translation>
    </message>
    <message>
        <source>On the stick “%1”</source>
        <translation>Sur la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Only the newest logs are shown.</source>
        <translation>Seuls les journaux les plus récents sont affichés.</translation>
    </message>
    <message>
        <source>Check a sheet</source>
        <translation>Vérifier une fiche</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>The customer&apos;s sheet could not be made.</source>
        <translation>La fiche du client n’a pas pu être établie.</translation>
    </message>
    <message>
        <source>The last print failed.</source>
        <translation>La dernière impression a échoué.</translation>
    </message>
    <message>
        <source>Back to the customer&apos;s sheet</source>
        <translation>Retour à la fiche du client</translation>
    </message>
    <message>
        <source>Sheets waiting to be printed</source>
        <translation>Fiches en attente d’impression</translation>
    </message>
    <message numerus="yes">
        <source>Each is deleted after %n day(s) if it is not printed.</source>
        <translation>
            <numerusform>Chacune est effacée après %n jour si elle n’est pas imprimée.</numerusform>
            <numerusform>Chacune est effacée après %n jours si elle n’est pas imprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, this session</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2, cette séance</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the sheet %1</source>
        <translation>Imprimer la fiche %1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged.</source>
        <translation>Les données de la borne sont endommagées.</translation>
    </message>
    <message>
        <source>Parts of them can no longer be read, and the kiosk keeps nothing more in them. Reviews still work, but without the last visit. Restore the records from the backup.</source>
        <translation>Une partie ne peut plus être lue, et la borne n’y enregistre plus rien. Les bilans fonctionnent encore, mais sans la dernière visite. Restaurez les données depuis la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car&apos;s data, in plain words</source>
        <translation>Les données de votre voiture, en termes simples</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>Pendant le changement de vos pneus, découvrez ce que votre voiture a enregistré, où sont allées les données et ce que vous pouvez y faire.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>Votre conseiller commencera le bilan avec vous.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Code PIN de démonstration&#xa0;: %1</translation>
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
        <translation>Cochez ce que vous souhaitez pour chaque destinataire. Votre conseiller verra les étapes suivantes avec vous.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car&apos;s settings</comment>
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
        <translation>
            <numerusform>%n choix coché.</numerusform>
            <numerusform>%n choix cochés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked: that is fine too.</source>
        <translation>Rien de coché&#xa0;: c’est très bien aussi.</translation>
    </message>
    <message>
        <source>Continue to signing</source>
        <translation>Passer à la signature</translation>
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
    <message>
        <source>Your sheet is printed. Drive safely.</source>
        <translation>Votre fiche est imprimée. Bonne route&#xa0;!</translation>
    </message>
    <message>
        <source>Your sheet is on your USB stick. Drive safely.</source>
        <translation>Votre fiche est sur votre clé USB. Bonne route&#xa0;!</translation>
    </message>
    <message>
        <source>Your advisor will print your sheet for you. Drive safely.</source>
        <translation>Votre conseiller imprimera votre fiche pour vous. Bonne route&#xa0;!</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen. Drive safely.</source>
        <translation>Votre bilan de confidentialité est effacé de l’écran. Bonne route&#xa0;!</translation>
    </message>
</context>
<context>
    <name>EndQuestion</name>
    <message>
        <source>End the session?</source>
        <translation>Terminer la séance&#xa0;?</translation>
    </message>
    <message>
        <source>Finish without a sheet?</source>
        <translation>Terminer sans fiche&#xa0;?</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen.</source>
        <translation>Votre bilan de confidentialité est effacé de l’écran.</translation>
    </message>
    <message>
        <source>Please take your printed sheet with you.</source>
        <translation>Veuillez emporter votre fiche imprimée.</translation>
    </message>
    <message>
        <source>Your sheet stays on your USB stick.</source>
        <translation>Votre fiche reste sur votre clé USB.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and prints it for you later.</source>
        <translation>Votre conseiller conserve votre fiche et l’imprimera pour vous plus tard.</translation>
    </message>
    <message>
        <source>Your sheet was not printed, saved or kept: it is wiped too.</source>
        <translation>Votre fiche n’a été ni imprimée, ni enregistrée, ni conservée&#xa0;: elle est effacée aussi.</translation>
    </message>
    <message>
        <source>No sheet is made or kept.</source>
        <translation>Aucune fiche n’est établie ni conservée.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Schéma des flux&#xa0;: quelles données sont allées à quel destinataire, dans quel pays</translation>
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
        <translation>Trait plein&#xa0;: la Suisse juge la protection adéquate</translation>
    </message>
    <message>
        <source>Thicker line: data sent more often</source>
        <translation>Trait plus épais&#xa0;: données envoyées plus souvent</translation>
    </message>
    <message>
        <source>Key to the lines</source>
        <translation>Légende des traits</translation>
    </message>
    <message>
        <source>Line colour: the kind of data, as in the left column</source>
        <translation>Couleur du trait&#xa0;: le type de données, comme dans la colonne de gauche</translation>
    </message>
    <message>
        <source>Dashed line: protection not adequate, or unknown</source>
        <translation>Trait pointillé&#xa0;: protection non adéquate ou inconnue</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, cet écran sera effacé dans %n seconde.</numerusform>
            <numerusform>Pour protéger votre vie privée, cet écran sera effacé dans %n secondes.</numerusform>
        </translation>
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
        <translation>Par rapport au bilan de votre dernière visite.</translation>
    </message>
    <message>
        <source>This is the first review of this car with us.</source>
        <translation>C’est le premier bilan de cette voiture chez nous.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last visit.</source>
        <translation>Rien n’a changé depuis votre dernière visite.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today. It will list new recipients and new kinds of data, and say whether your car sent more or less.</source>
        <translation>Lors de votre prochaine visite, cette carte montrera ce qui a changé depuis aujourd’hui. Elle indiquera les nouveaux destinataires et les nouveaux types de données, et si votre voiture en a envoyé plus ou moins.</translation>
    </message>
    <message>
        <source>The kiosk could not read its records of earlier visits, so this card cannot show what has changed since then.</source>
        <translation>La borne n’a pas pu lire ses données sur les visites précédentes&#xa0;: cette carte ne peut donc pas montrer ce qui a changé depuis.</translation>
    </message>
</context>
<context>
    <name>OpenScreen</name>
    <message>
        <source>This kiosk is locked</source>
        <translation>Cette borne est verrouillée</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Préparation de la démo</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records</source>
        <translation>La borne ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Ouvrir la borne</translation>
    </message>
    <message>
        <source>The demo keeps its records only until it closes.</source>
        <translation>La démo ne garde ses données que jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <source>Please call the person who looks after this kiosk.</source>
        <translation>Veuillez appeler la personne qui s’occupe de cette borne.</translation>
    </message>
    <message>
        <source>Type the kiosk&apos;s passphrase to open its records.</source>
        <translation>Saisissez la phrase secrète de la borne pour ouvrir ses données.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Opening the kiosk&apos;s records. This takes a moment.</source>
        <translation>Ouverture des données de la borne. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n chiffre saisi</numerusform>
            <numerusform>%n chiffres saisis</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Effacer le dernier chiffre</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Valider le code PIN</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Vérification du code PIN…</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Your privacy review sheet</source>
        <translation>La fiche de votre bilan de confidentialité</translation>
    </message>
    <message>
        <source>This is the sheet you take home, exactly as it will be printed.</source>
        <translation>Voici la fiche que vous emportez, exactement telle qu’elle sera imprimée.</translation>
    </message>
    <message>
        <source>The pages of your sheet</source>
        <translation>Les pages de votre fiche</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Preparing your sheet and signing it. This takes a moment.</source>
        <translation>Préparation et signature de votre fiche. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Whole pages</source>
        <translation>Pages entières</translation>
    </message>
    <message>
        <source>Zoom to the width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Print your sheet</source>
        <translation>Imprimer votre fiche</translation>
    </message>
    <message>
        <source>Demo: this sheet is signed with a made-up certificate. It is not a real dealer&apos;s sheet.</source>
        <translation>Démo&#xa0;: cette fiche est signée avec un certificat fictif. Ce n’est pas la vraie fiche d’un garage.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Imprimer à nouveau</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Printing. This can take a minute.</source>
        <translation>Impression en cours. Cela peut prendre une minute.</translation>
    </message>
    <message numerus="yes">
        <source>You asked %n recipient(s) for a copy of your data. The kiosk can print a letter ready to send to each.</source>
        <translation>
            <numerusform>Vous avez demandé une copie de vos données à %n destinataire. La borne peut imprimer une lettre prête à envoyer.</numerusform>
            <numerusform>Vous avez demandé une copie de vos données à %n destinataires. La borne peut imprimer une lettre prête à envoyer à chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters again</source>
        <translation>Réimprimer les lettres</translation>
    </message>
    <message>
        <source>Print the request letters too</source>
        <translation>Imprimer aussi les lettres de demande</translation>
    </message>
    <message>
        <source>Printing the letters.</source>
        <translation>Impression des lettres.</translation>
    </message>
    <message>
        <source>Back to signing</source>
        <translation>Retour aux signatures</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Your sheet cannot be made here today.</source>
        <translation>Votre fiche ne peut pas être établie ici aujourd’hui.</translation>
    </message>
    <message>
        <source>You can finish without it, or call your advisor.</source>
        <translation>Vous pouvez terminer sans elle ou appeler votre conseiller.</translation>
    </message>
    <message>
        <source>Call the advisor</source>
        <translation>Appeler le conseiller</translation>
    </message>
    <message>
        <source>Finish without a sheet</source>
        <translation>Terminer sans fiche</translation>
    </message>
    <message>
        <source>Your sheet is not lost. What would you like to do?</source>
        <translation>Votre fiche n’est pas perdue. Que souhaitez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <source>Save as PDF on my USB stick</source>
        <translation>Enregistrer en PDF sur ma clé USB</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Keep it for my advisor to print later</source>
        <translation>La confier à mon conseiller pour qu’il l’imprime plus tard</translation>
    </message>
    <message>
        <source>It is signed by the dealer. With its verification code, anyone can check later that it is genuine.</source>
        <translation>Elle est signée par le garage. Grâce à son code de vérification, chacun peut vérifier plus tard qu’elle est authentique.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>End without a sheet</source>
        <translation>Terminer sans fiche</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>The most private kinds come first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Les types les plus privés viennent d’abord. La barre compare chaque type de données au type le plus fréquent.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Types de données dans l’exportation</translation>
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
        <translation>Votre bilan de confidentialité</translation>
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
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Setting up this kiosk</source>
        <translation>Configuration de cette borne</translation>
    </message>
    <message>
        <source>Choose the kiosk&apos;s passphrase</source>
        <translation>Choisissez la phrase secrète de la borne</translation>
    </message>
    <message>
        <source>Choose the advisor PIN</source>
        <translation>Choisissez le code PIN des conseillers</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Saisissez à nouveau le même code PIN</translation>
    </message>
    <message numerus="yes">
        <source>It locks everything the kiosk keeps. Use at least %n characters. Write it down and keep it in a safe place: without it, the kiosk&apos;s records cannot be opened.</source>
        <translation>
            <numerusform>Elle verrouille tout ce que la borne conserve. Utilisez au moins %n caractère. Notez-la et gardez-la en lieu sûr&#xa0;: sans elle, les données de la borne ne peuvent pas être ouvertes.</numerusform>
            <numerusform>Elle verrouille tout ce que la borne conserve. Utilisez au moins %n caractères. Notez-la et gardez-la en lieu sûr&#xa0;: sans elle, les données de la borne ne peuvent pas être ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Setting up the kiosk&apos;s records. This takes a moment.</source>
        <translation>Préparation des données de la borne. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Advisors type this PIN to unlock the kiosk. Use %1 to %2 digits, not an easy one like 1111, 1234 or 1212.</source>
        <translation>Les conseillers saisissent ce code PIN pour déverrouiller la borne. Utilisez %1 à %2 chiffres, pas un code facile comme 1111, 1234 ou 1212.</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>Votre bilan de confidentialité</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Retour à vos choix</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translation>Veuillez signer</translation>
    </message>
    <message>
        <source>By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car&apos;s log contains.</source>
        <translation>En signant, vous confirmez avoir pris connaissance de ce bilan. Votre conseiller atteste par sa signature que les données présentées sont celles du journal de votre voiture.</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Votre signature</translation>
    </message>
    <message>
        <source>Your advisor&apos;s signature</source>
        <translation>Signature de votre conseiller</translation>
    </message>
    <message>
        <source>When both of you have signed, tap Finish.</source>
        <translation>Quand vous avez signé tous les deux, touchez Terminer.</translation>
    </message>
    <message>
        <source>Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.</source>
        <translation>Aujourd’hui, cette borne ne peut pas établir votre fiche signée. Vous pouvez quand même signer et terminer&#xa0;; votre conseiller vous en dira plus.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Signez ici avec le doigt</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
    <message>
        <source>Please sign with your name. A tick or a dot is not enough.</source>
        <translation>Veuillez signer avec votre nom. Une coche ou un point ne suffit pas.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Bar chart: how often your car recorded data, by kind of data</source>
        <translation>Graphique à barres&#xa0;: à quelle fréquence votre voiture a enregistré des données, par type de données</translation>
    </message>
    <message>
        <source>Tap a bar to see its number.</source>
        <translation>Touchez une barre pour en voir le nombre.</translation>
    </message>
    <message>
        <source>Key to the colours</source>
        <translation>Légende des couleurs</translation>
    </message>
</context>
<context>
    <name>TyresPanel</name>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>Vos pneus, tels que le constructeur les connaît</translation>
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
        <translation>
            <numerusform>Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Code PIN de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Check a sheet</source>
        <translation>Vérifier une fiche</translation>
    </message>
    <message>
        <source>Is a sheet someone brings back genuine? Check its PDF file, or the code printed on it.</source>
        <translation>Une fiche rapportée par quelqu’un est-elle authentique&#xa0;? Vérifiez son fichier PDF ou le code imprimé dessus.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Ce qu’il faut vérifier</translation>
    </message>
    <message>
        <source>The verification code on a paper sheet</source>
        <translation>Le code de vérification d’une fiche papier</translation>
    </message>
    <message>
        <source>For example K7QF-3MZD-9W</source>
        <translation>Par exemple K7QF-3MZD-9W</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Fiche %1</translation>
    </message>
    <message>
        <source>PDF files on the USB stick</source>
        <translation>Fichiers PDF sur la clé USB</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the sheet&apos;s PDF file. Its files appear here by themselves after a few seconds.</source>
        <translation>Branchez la clé USB qui contient le fichier PDF de la fiche. Ses fichiers apparaissent ici d’eux-mêmes après quelques secondes.</translation>
    </message>
    <message>
        <source>%1, saved on %2, on the stick “%3”</source>
        <comment>a file: its size, the date and time it was saved, the stick&apos;s name</comment>
        <translation>%1, enregistré le %2, sur la clé «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, enregistré le %2</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>Choose a sheet to check, or type the code printed on it.</source>
        <translation>Choisissez une fiche à vérifier, ou saisissez le code imprimé dessus.</translation>
    </message>
    <message>
        <source>Checking the sheet&apos;s signature.</source>
        <translation>Vérification de la signature de la fiche.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Fichier entier</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>Kiosk&apos;s records</source>
        <translation>Registres de la borne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Sheets issued in this session</source>
        <translation>Fiches remises pendant cette séance</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <comment>a sheet: its language, the date and time it was made, then what became of it (printed, ...)</comment>
        <translation>%1, %2, %3</translation>
    </message>
</context>
<context>
    <name>WhenCard</name>
    <message>
        <source>Each bar is one week, Monday to Sunday (%1). Each colour is one kind of data; one recording can hold several kinds.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Chaque barre représente une semaine, du lundi au dimanche (%1). Chaque couleur correspond à un type de données&#xa0;; un enregistrement peut en contenir plusieurs.</translation>
    </message>
    <message>
        <source>Each bar is one day (%1). Each colour is one kind of data; one recording can hold several kinds.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Chaque barre représente un jour (%1). Chaque couleur correspond à un type de données&#xa0;; un enregistrement peut en contenir plusieurs.</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <comment>the per day / per week buttons</comment>
        <translation>Afficher le graphique</translation>
    </message>
    <message>
        <source>Per day</source>
        <comment>timeline: one bar per day</comment>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Per week</source>
        <comment>timeline: one bar per week</comment>
        <translation>Par semaine</translation>
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
        <translation>Données reçues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::Check</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s).</source>
        <translation>
            <numerusform>Elle a été imprimée %n fois.</numerusform>
            <numerusform>Elle a été imprimée %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not been printed.</source>
        <translation>Elle n’a pas été imprimée.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>Non authentique</translation>
    </message>
    <message>
        <source>Code on record</source>
        <translation>Code enregistré</translation>
    </message>
    <message>
        <source>Not a code</source>
        <translation>Pas un code</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>This kiosk issued the sheet with the code %1 on %2, in %3.</source>
        <translation>Cette borne a émis la fiche portant le code %1 le %2 (langue&#xa0;: %3).</translation>
    </message>
    <message>
        <source>The code alone does not show that a paper copy was not changed: to be sure, check the PDF file of the sheet.</source>
        <translation>Le code seul ne prouve pas qu’une copie papier n’a pas été modifiée&#xa0;: pour en être sûr, vérifiez le fichier PDF de la fiche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code. A code has ten letters and digits, like %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de vérification. Un code compte dix lettres et chiffres, comme %2.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the code cannot be looked up.</source>
        <translation>Les registres de la borne ne sont pas ouverts&#xa0;: le code ne peut donc pas être recherché.</translation>
    </message>
    <message>
        <source>This kiosk has no sheet with the code %1. Please check the code: it has ten letters and digits, like %2.</source>
        <translation>Cette borne n’a aucune fiche avec le code %1. Veuillez vérifier le code&#xa0;: il compte dix lettres et chiffres, comme %2.</translation>
    </message>
    <message>
        <source>Nobody: the file is not signed.</source>
        <translation>Personne&#xa0;: le fichier n’est pas signé.</translation>
    </message>
    <message>
        <source>Not named in the signature.</source>
        <translation>Non nommé dans la signature.</translation>
    </message>
    <message>
        <source>Not given in the signature.</source>
        <translation>Non précisé dans la signature.</translation>
    </message>
    <message>
        <source>No verification code was found in the file.</source>
        <translation>Aucun code de vérification n’a été trouvé dans le fichier.</translation>
    </message>
    <message>
        <source>Not looked up: the kiosk&apos;s records are not open.</source>
        <translation>Non recherché&#xa0;: les registres de la borne ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet.</source>
        <translation>Cette fiche a été émise par cette borne.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet on %1.</source>
        <translation>Cette fiche a été émise par cette borne le %1.</translation>
    </message>
    <message>
        <source>This kiosk has no record of this sheet.</source>
        <translation>Cette borne n’a aucune trace de cette fiche.</translation>
    </message>
    <message>
        <source>This kiosk issued a sheet with this code, but it is not this file.</source>
        <translation>Cette borne a émis une fiche avec ce code, mais ce n’est pas ce fichier.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read, so the code %1 could not be looked up. This says nothing about the sheet. Try again; if it happens again, restore the records from the backup.</source>
        <translation>Les données de la borne n’ont pas pu être lues&#xa0;: le code %1 n’a donc pas pu être recherché. Cela ne dit rien sur la fiche. Réessayez&#xa0;; si cela se reproduit, restaurez les données depuis la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>vitrine::DealerCertificate</name>
    <message>
        <source>The certificate database is protected by a password: please give it.</source>
        <translation>La base de certificats est protégée par un mot de passe&#xa0;: veuillez l’indiquer.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database.</source>
        <translation>Ce mot de passe n’ouvre pas la base de certificats.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name must have 1 to 64 characters, without control characters.</source>
        <translation>Le nom du garage doit compter de 1 à 64 caractères, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>The certificate&apos;s nickname must not be empty or contain a colon.</source>
        <translation>L’alias du certificat ne doit pas être vide ni contenir de deux-points.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity must be 1 to 30 years.</source>
        <translation>La validité du certificat doit être de 1 à 30 ans.</translation>
    </message>
    <message>
        <source>No certificate folder was given.</source>
        <translation>Aucun dossier de certificats n’a été indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the certificate folder %1: %2.</source>
        <translation>Impossible de créer le dossier de certificats %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot open the certificate database in %1: %2</source>
        <translation>Impossible d’ouvrir la base de certificats dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot set the certificate database&apos;s password: %1</source>
        <translation>Impossible de définir le mot de passe de la base de certificats&#xa0;: %1</translation>
    </message>
    <message>
        <source>The certificate folder %1 already has a certificate named &quot;%2&quot;. Nothing was changed (use --force to replace it).</source>
        <translation>Le dossier de certificats %1 contient déjà un certificat nommé «&#xa0;%2&#xa0;». Rien n’a été modifié (utilisez --force pour le remplacer).</translation>
    </message>
    <message>
        <source>Cannot remove the old certificate: %1</source>
        <translation>Impossible de supprimer l’ancien certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot make the key pair: %1</source>
        <translation>Impossible de créer la paire de clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot make a certificate for the name &quot;%1&quot;: %2</source>
        <translation>Impossible de créer un certificat pour le nom «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot make the certificate: %1</source>
        <translation>Impossible de créer le certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot store the certificate: %1</source>
        <translation>Impossible d’enregistrer le certificat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot mark the certificate as trusted: %1</source>
        <translation>Impossible de déclarer le certificat comme fiable&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>Il n’y a pas de base de certificats dans %1.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>Le dossier de certificats %1 ne contient aucun certificat nommé «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>vitrine::EntryProblem</name>
    <message>
        <source>%1: this name points outside the archive. It was not read.</source>
        <translation>%1&#xa0;: ce nom pointe hors de l’archive. Ce fichier n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Vitrine cannot read it.</source>
        <translation>%1 est protégé par un mot de passe. Vitrine ne peut pas le lire.</translation>
    </message>
    <message>
        <source>%1 is too large to be read.</source>
        <translation>%1 est trop volumineux pour être lu.</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than real data does. It was not read.</source>
        <translation>Une fois décompressé, %1 devient bien plus grand que de vraies données. Il n’a pas été lu.</translation>
    </message>
    <message>
        <source>The archive holds too many files. The rest was not read.</source>
        <translation>L’archive contient trop de fichiers. Le reste n’a pas été lu.</translation>
    </message>
    <message>
        <source>%1 holds archives inside archives too deep. It was not read.</source>
        <translation>%1 contient des archives imbriquées trop profondément. Ce fichier n’a pas été lu.</translation>
    </message>
    <message>
        <source>The archive holds too much data. The rest was not read.</source>
        <translation>L’archive contient trop de données. Le reste n’a pas été lu.</translation>
    </message>
    <message>
        <source>The archive is damaged. What came before the damage was read.</source>
        <translation>L’archive est endommagée. Ce qui précède le dommage a été lu.</translation>
    </message>
    <message>
        <source>%1 is damaged. What came before the damage was read.</source>
        <translation>%1 est endommagé. Ce qui précède le dommage a été lu.</translation>
    </message>
</context>
<context>
    <name>vitrine::ExportDetails</name>
    <message>
        <source>Front left</source>
        <comment>a tyre</comment>
        <translation>Avant gauche</translation>
    </message>
    <message>
        <source>Front right</source>
        <comment>a tyre</comment>
        <translation>Avant droit</translation>
    </message>
    <message>
        <source>Rear left</source>
        <comment>a tyre</comment>
        <translation>Arrière gauche</translation>
    </message>
    <message>
        <source>Rear right</source>
        <comment>a tyre</comment>
        <translation>Arrière droit</translation>
    </message>
    <message>
        <source>Summer tyres</source>
        <translation>Pneus d’été</translation>
    </message>
    <message>
        <source>Winter tyres</source>
        <translation>Pneus d’hiver</translation>
    </message>
    <message>
        <source>All-season tyres</source>
        <translation>Pneus toutes saisons</translation>
    </message>
    <message>
        <source>The carmaker rates the wear green.</source>
        <translation>Le constructeur classe l’usure en vert.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear yellow.</source>
        <translation>Le constructeur classe l’usure en jaune.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear orange.</source>
        <translation>Le constructeur classe l’usure en orange.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear red.</source>
        <translation>Le constructeur classe l’usure en rouge.</translation>
    </message>
    <message>
        <source>Production date: %1</source>
        <comment>as the export writes it, often week and year</comment>
        <translation>Date de fabrication&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tyre set (wheels)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>tyre set and wheels: facts</comment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Mounted tyres</source>
        <translation>Pneus montés</translation>
    </message>
    <message>
        <source>Tyres in storage</source>
        <translation>Pneus en dépôt</translation>
    </message>
    <message>
        <source>All four</source>
        <comment>tyres</comment>
        <translation>Les quatre</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>tyres</comment>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Rear</source>
        <comment>tyres</comment>
        <translation>Arrière</translation>
    </message>
    <message>
        <source>Your car&apos;s learning navigation is in the export, but it has learned no places yet.</source>
        <translation>La navigation apprenante de votre voiture figure dans l’exportation, mais elle n’a encore appris aucun lieu.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln place(s), such as where you park at night.</source>
        <translation>
            <numerusform>Votre voiture a appris %Ln lieu, par exemple l’endroit où vous la garez la nuit.</numerusform>
            <numerusform>Votre voiture a appris %Ln lieux, par exemple l’endroit où vous la garez la nuit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has also learned %Ln route(s) between them.</source>
        <translation>
            <numerusform>Elle a aussi appris %Ln trajet entre eux.</numerusform>
            <numerusform>Elle a aussi appris %Ln trajets entre eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the most private part of the export. Vitrine only counts it and never shows where these places are.</source>
        <translation>C’est la partie la plus privée de l’exportation. Vitrine ne fait que la compter et ne montre jamais où se trouvent ces lieux.</translation>
    </message>
    <message>
        <source>The charging history in the export is empty.</source>
        <translation>L’historique de recharge de l’exportation est vide.</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s), from %1 to %2.</source>
        <translation>
            <numerusform>L’exportation contient %Ln recharge, du %1 au %2.</numerusform>
            <numerusform>L’exportation contient %Ln recharges, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s).</source>
        <translation>
            <numerusform>L’exportation contient %Ln recharge.</numerusform>
            <numerusform>L’exportation contient %Ln recharges.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln of them it knows where the car charged; Vitrine does not show the addresses.</source>
        <translation>
            <numerusform>Pour %Ln d’entre elles, elle sait où la voiture a été rechargée ; Vitrine ne montre pas les adresses.</numerusform>
            <numerusform>Pour %Ln d’entre elles, elle sait où la voiture a été rechargée ; Vitrine ne montre pas les adresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging providers named: %1.</source>
        <translation>Fournisseurs de recharge cités&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The export names no connected service that is active.</source>
        <translation>L’exportation ne cite aucun service connecté actif.</translation>
    </message>
    <message>
        <source>Connected services active: %1. These services send data from the car.</source>
        <translation>Services connectés actifs&#xa0;: %1. Ces services envoient des données depuis la voiture.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln route(s).</source>
        <translation>
            <numerusform>Votre voiture a appris %Ln trajet.</numerusform>
            <numerusform>Votre voiture a appris %Ln trajets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Veuillez patienter %n seconde avant de réessayer.</numerusform>
            <numerusform>Veuillez patienter %n secondes avant de réessayer.</numerusform>
        </translation>
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
    <name>vitrine::Letter</name>
    <message>
        <source>Post: %1</source>
        <translation>Courrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web form: %1</source>
        <translation>Formulaire en ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office.</source>
        <translation>Aucun contact connu pour la protection des données&#xa0;: envoyez cette lettre au siège social de l’entreprise.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker.</source>
        <translation>Aucun contact connu pour la protection des données&#xa0;: envoyez cette lettre au siège social de l’entreprise ou renseignez-vous auprès du constructeur automobile.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker, %1, to pass it on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Aucun contact connu pour la protection des données&#xa0;: envoyez cette lettre au siège social de l’entreprise ou demandez au constructeur automobile, %1, de la transmettre.</translation>
    </message>
    <message>
        <source>Request for information under %1</source>
        <comment>the letter&apos;s subject; %1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Demande d’accès selon l’%1</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <comment>the letter&apos;s salutation</comment>
        <translation>Madame, Monsieur,</translation>
    </message>
    <message>
        <source>Under %1, I ask you to tell me whether you process personal data about me, in particular data from or about my car:</source>
        <comment>%1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>En vertu de l’%1, je vous prie de m’indiquer si vous traitez des données personnelles me concernant, notamment des données liées à ma voiture&#xa0;:</translation>
    </message>
    <message>
        <source>If you do, please tell me, as %1 provides:</source>
        <comment>%1: the paragraph of the act, as in &quot;art. 25 para. 2 FADP&quot;</comment>
        <translation>Si c’est le cas, veuillez me communiquer, conformément à l’%1&#xa0;:</translation>
    </message>
    <message>
        <source>your identity and contact details as the controller;</source>
        <translation>votre identité et vos coordonnées en tant que responsable du traitement&#xa0;;</translation>
    </message>
    <message>
        <source>the personal data about me that you process;</source>
        <translation>les données personnelles me concernant que vous traitez&#xa0;;</translation>
    </message>
    <message>
        <source>what you process it for;</source>
        <translation>dans quel but vous les traitez&#xa0;;</translation>
    </message>
    <message>
        <source>how long you keep it or, if that cannot be said, how you decide how long;</source>
        <translation>combien de temps vous les conservez ou, si cela n’est pas possible, comment vous fixez cette durée&#xa0;;</translation>
    </message>
    <message>
        <source>what you know about where it came from, if you did not collect it from me;</source>
        <translation>ce que vous savez de leur provenance, si vous ne les avez pas collectées auprès de moi&#xa0;;</translation>
    </message>
    <message>
        <source>whether you take automated individual decisions with it and, if so, the logic they follow;</source>
        <translation>si vous les utilisez pour prendre des décisions individuelles automatisées et, le cas échéant, la logique sur laquelle elles reposent&#xa0;;</translation>
    </message>
    <message>
        <source>to whom you disclose it (the recipients or their categories) and, when it goes abroad, to which countries and with which safeguards.</source>
        <translation>à qui vous les communiquez (les destinataires ou leurs catégories) et, si elles sont communiquées à l’étranger, vers quels pays et avec quelles garanties.</translation>
    </message>
    <message>
        <source>Your answer is due within 30 days of receiving this request (%1), and it is free of charge (%2).</source>
        <comment>%1: the article of the ordinance, as in &quot;art. 18 of the Data Protection Ordinance (DPO)&quot;; %2: as in &quot;art. 25 para. 6 FADP&quot;</comment>
        <translation>Votre réponse est due dans les 30 jours suivant la réception de la présente demande (%1) et elle est gratuite (%2).</translation>
    </message>
    <message>
        <source>As your company is established in the EU or the EEA, I also make this request under %1.</source>
        <comment>%1: as in &quot;art. 15 of the General Data Protection Regulation (GDPR)&quot;</comment>
        <translation>Votre entreprise étant établie dans l’UE ou l’EEE, je fonde également cette demande sur l’%1.</translation>
    </message>
    <message>
        <source>If you need to confirm who I am, please tell me what you need. Please send your answer to the address at the top of this letter.</source>
        <translation>Si vous devez vérifier mon identité, veuillez m’indiquer ce dont vous avez besoin. Merci d’envoyer votre réponse à l’adresse figurant en haut de cette lettre.</translation>
    </message>
    <message>
        <source>From (please write your name and address by hand):</source>
        <translation>Expéditeur (veuillez écrire à la main votre nom et votre adresse)&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>sender line to fill in</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Street and number</source>
        <comment>sender line to fill in</comment>
        <translation>Rue et numéro</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <comment>sender line to fill in</comment>
        <translation>NPA et localité</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>line to fill in</comment>
        <translation>Lieu et date</translation>
    </message>
    <message>
        <source>Car:</source>
        <comment>in the letter</comment>
        <translation>Voiture&#xa0;:</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN):</source>
        <translation>Numéro d’identification du véhicule (VIN)&#xa0;:</translation>
    </message>
    <message>
        <source>not in the data log</source>
        <translation>absent du journal de données</translation>
    </message>
    <message>
        <source>The data log exported from my car shows the following about you:</source>
        <translation>Le journal de données exporté de ma voiture indique ce qui suit à votre sujet&#xa0;:</translation>
    </message>
    <message>
        <source>My car sent data to you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Ma voiture vous a envoyé des données %1.</translation>
    </message>
    <message>
        <source>Data from my car was passed on to you by another company %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Des données de ma voiture vous ont été transmises par une autre entreprise %1.</translation>
    </message>
    <message>
        <source>My car received data from you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Ma voiture a reçu des données de votre part %1.</translation>
    </message>
    <message>
        <source>This was between %1 and %2.</source>
        <comment>two dates</comment>
        <translation>Cela s’est produit entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of data (how many times)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The kinds of data: %1.</source>
        <comment>%1: a list</comment>
        <translation>Types de données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <comment>closing</comment>
        <translation>Avec mes salutations distinguées</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>line to sign on</comment>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Request for information (art. 25 %1) to %2</source>
        <comment>the page footer; %1: the act&apos;s abbreviation, %2: the recipient</comment>
        <translation>Demande d’accès (art. 25 %1) à %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>not in our list of organisations: no one known to address it to</source>
        <translation>absent de notre liste d’organisations&#xa0;: nous ne savons pas à qui adresser la lettre</translation>
    </message>
    <message>
        <source>the data log shows no data exchanged with it</source>
        <translation>le journal de données ne montre aucun échange de données avec cette organisation</translation>
    </message>
    <message>
        <source>No letter to write: none of the recipients asked for is an organisation that the data log names.</source>
        <translation>Aucune lettre à écrire&#xa0;: aucun des destinataires demandés n’est une organisation que nomme le journal de données.</translation>
    </message>
    <message>
        <source>Requests for information</source>
        <comment>the PDF&apos;s title</comment>
        <translation>Demandes d’accès</translation>
    </message>
    <message>
        <source>%1 – please write the full number by hand: it is the chassis number on your registration document</source>
        <comment>%1: the VIN with its middle hidden. The document&apos;s own words: &quot;Fahrgestell-Nr.&quot;, &quot;No de châssis&quot;, &quot;N. di telaio&quot;</comment>
        <translation>%1 – veuillez écrire à la main le numéro complet&#xa0;: c’est le «&#xa0;No de châssis&#xa0;» de votre permis de circulation</translation>
    </message>
</context>
<context>
    <name>vitrine::MediaLogModel</name>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies)</source>
        <translation>
            <numerusform>Exportation EU Data Act de Volkswagen, %Ln livraison</numerusform>
            <numerusform>Exportation EU Data Act de Volkswagen, %Ln livraisons</numerusform>
        </translation>
    </message>
    <message>
        <source>BMW CarData archive</source>
        <translation>Archive BMW CarData</translation>
    </message>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies), %1</source>
        <translation>
            <numerusform>Exportation EU Data Act de Volkswagen, %Ln livraison, %1</numerusform>
            <numerusform>Exportation EU Data Act de Volkswagen, %Ln livraisons, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Print</name>
    <message>
        <source>The review is kept: print again once this is solved.</source>
        <translation>Le bilan est conservé&#xa0;: relancez l’impression une fois le problème résolu.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is ready.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» est prête.</translation>
    </message>
    <message>
        <source>The sheet was printed on &quot;%1&quot;.</source>
        <translation>La fiche a été imprimée sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not set up on this computer. Check the name of the printer in the kiosk&apos;s settings.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’est pas configurée sur cet ordinateur. Vérifiez son nom dans les réglages de la borne.</translation>
    </message>
    <message>
        <source>Several printers are set up and none of them is the default. Choose one in the kiosk&apos;s settings.</source>
        <translation>Plusieurs imprimantes sont configurées, mais aucune n’est celle par défaut. Choisissez-en une dans les réglages de la borne.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>Le service d’impression de cet ordinateur (CUPS) ne répond pas.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is paused. Resume it (for example with: cupsenable %1).</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» est en pause. Réactivez-la (par exemple avec&#xa0;: cupsenable %1).</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept print jobs at the moment. Let it accept them again (for example with: cupsaccept %1).</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’accepte pas de travaux d’impression pour le moment. Rétablissez leur réception (par exemple avec&#xa0;: cupsaccept %1).</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet this kiosk issued, or it was changed since. Nothing was printed.</source>
        <translation>Le fichier %1 n’est pas une fiche émise par cette borne, ou il a été modifié depuis. Rien n’a été imprimé.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the sheet (%2).</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’a pas accepté la fiche (%2).</translation>
    </message>
    <message>
        <source>Printing on &quot;%1&quot; failed: the sheet did not come out.</source>
        <translation>L’impression sur «&#xa0;%1&#xa0;» a échoué&#xa0;: la fiche n’est pas sortie.</translation>
    </message>
    <message numerus="yes">
        <source>The printer &quot;%1&quot; did not finish within %n second(s), so the print was cancelled.</source>
        <translation>
            <numerusform>L’imprimante «&#xa0;%1&#xa0;» n’a pas terminé en %n seconde&#xa0;: l’impression a été annulée.</numerusform>
            <numerusform>L’imprimante «&#xa0;%1&#xa0;» n’a pas terminé en %n secondes&#xa0;: l’impression a été annulée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>L’imprimante indique&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read (%2). Nothing was printed.</source>
        <translation>La fiche %1 ne peut pas être lue (%2). Rien n’a été imprimé.</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet (not a PDF file). Nothing was printed.</source>
        <translation>Le fichier %1 n’est pas une fiche (ce n’est pas un fichier PDF). Rien n’a été imprimé.</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Fiche du bilan de confidentialité</translation>
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
        <translation>Le fichier est vide&#xa0;: il n’a pas de ligne d’en-tête.</translation>
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
        <source>&quot;%1&quot; is not a valid vehicle identification number (VIN).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro d’identification du véhicule (VIN) valide.</translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation>Le champ d’en-tête %1 n’est pas valide.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is not an ordinary file: it is a folder, a device or a pipe.</source>
        <translation>Ce n’est pas un fichier ordinaire&#xa0;: c’est un dossier, un périphérique ou un tube.</translation>
    </message>
    <message>
        <source>%1, dataset %2: %3</source>
        <translation>%1, jeu de données %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, élément %2 de l’archive&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, donnée %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>This holds several logs. Please import them one by one.</source>
        <translation>Il y a plusieurs journaux ici. Veuillez les importer un par un.</translation>
    </message>
    <message>
        <source>This holds the data of two cars (%1). Please import each car on its own.</source>
        <translation>Il y a ici les données de deux voitures (%1). Veuillez importer chaque voiture séparément.</translation>
    </message>
    <message>
        <source>The file is larger than a file of this kind can be.</source>
        <translation>Le fichier est plus volumineux qu’un fichier de ce type ne peut l’être.</translation>
    </message>
    <message>
        <source>Vitrine does not know this kind of file. It reads car data logs (VDFL), the Volkswagen group&apos;s EU Data Act exports and BMW CarData archives.</source>
        <translation>Vitrine ne connaît pas ce type de fichier. Elle lit les registres de données des voitures (VDFL), les exportations EU Data Act du groupe Volkswagen et les archives BMW CarData.</translation>
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
        <translation>Cette ligne dépasse 1&#xa0;Mo.</translation>
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
        <source>The data item &quot;%1&quot; is not a known kind of data.</source>
        <translation>L’élément de données «&#xa0;%1&#xa0;» n’est pas un type de données connu.</translation>
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
    <message>
        <source>The size (bytes) is larger than a log can hold: over 10^15 (1 PB).</source>
        <translation>La taille (bytes) dépasse ce qu’un journal peut contenir&#xa0;: plus de 10^15 (1&#xa0;Po).</translation>
    </message>
    <message>
        <source>The number of events (count) is larger than a log can hold: over 10^12.</source>
        <translation>Le nombre d’événements (count) dépasse ce qu’un journal peut contenir&#xa0;: plus de 10^12.</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be read.</source>
        <translation>Le jeu de données %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The dataset %1 holds no list of data.</source>
        <translation>Le jeu de données %1 ne contient aucune liste de données.</translation>
    </message>
    <message>
        <source>%1 declares a document type. Vitrine does not read such files.</source>
        <translation>%1 déclare un type de document. Vitrine ne lit pas de tels fichiers.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 is damaged from line %2 on. What came before was read.</source>
        <translation>%1 est endommagé à partir de la ligne %2. Ce qui précède a été lu.</translation>
    </message>
    <message>
        <source>%1 is nested too deep to be read.</source>
        <translation>%1 est imbriqué trop profondément pour être lu.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
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
        <translation>Nouveau destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <source>No longer received data: %1</source>
        <translation>N’a plus reçu de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Newly recorded: %1</source>
        <translation>Enregistré pour la première fois&#xa0;: %1</translation>
    </message>
    <message>
        <source>No longer recorded: %1</source>
        <translation>N’est plus enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % more per day than last time.</source>
        <translation>Votre voiture a enregistré environ %1&#xa0;% de plus par jour que la dernière fois.</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % less per day than last time.</source>
        <translation>Votre voiture a enregistré environ %1&#xa0;% de moins par jour que la dernière fois.</translation>
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
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <comment>flow picture: Location to HERE: about 300 times</comment>
        <translation>%1 vers %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Week of %1: nothing was recorded.</source>
        <translation>Semaine du %1&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1: nothing was recorded.</source>
        <translation>%1&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Week of %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>Semaine du %1&#xa0;: données enregistrées %2 (chaque type compté).</translation>
    </message>
    <message>
        <source>%1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>%1&#xa0;: données enregistrées %2 (chaque type compté).</translation>
    </message>
    <message>
        <source>The busiest week began on %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>La semaine la plus chargée a commencé le %1&#xa0;: données enregistrées %2 (chaque type compté).</translation>
    </message>
    <message>
        <source>The busiest day was %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>Le jour le plus chargé a été le %1&#xa0;: données enregistrées %2 (chaque type compté).</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n week(s) only.</source>
        <translation>
            <numerusform>Le graphique ne montre que %n semaine, la plus récente.</numerusform>
            <numerusform>Le graphique ne montre que les %n semaines les plus récentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n day(s) only.</source>
        <translation>
            <numerusform>Le graphique ne montre que %n jour, le plus récent.</numerusform>
            <numerusform>Le graphique ne montre que les %n jours les plus récents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first event is on %1, about %2 after the declared start (%3).</source>
        <translation>Le premier événement date du %1, environ %2 après le début annoncé (%3).</translation>
    </message>
    <message>
        <source>The last event is on %1, about %2 before the declared end (%3).</source>
        <translation>Le dernier événement date du %1, environ %2 avant la fin annoncée (%3).</translation>
    </message>
    <message>
        <source>The file may be cut short: export it again if you can. The customer is told as well.</source>
        <translation>Le fichier est peut-être coupé&#xa0;: si possible, exportez-le à nouveau. La clientèle en est aussi informée.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sheet</name>
    <message>
        <source>Privacy review of your car</source>
        <comment>title of the sheet</comment>
        <translation>Bilan de confidentialité de votre voiture</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <comment>the date of the review</comment>
        <translation>Bilan du %1</translation>
    </message>
    <message>
        <source>The export does not say which period it covers.</source>
        <translation>L’exportation n’indique pas quelle période elle couvre.</translation>
    </message>
    <message>
        <source>The file holds no readable events.</source>
        <translation>Le fichier ne contient aucun événement lisible.</translation>
    </message>
    <message>
        <source>How many times your car recorded each kind of data, kept in the car or sent out. The most private kinds come first.</source>
        <translation>Combien de fois votre voiture a enregistré chaque type de données, conservées dans la voiture ou envoyées à l’extérieur. Les types les plus privés viennent d’abord.</translation>
    </message>
    <message>
        <source>A row for each recipient. The numbers say about how many times each kind of data went to it; – means none.</source>
        <translation>Une ligne par destinataire. Les nombres indiquent environ combien de fois chaque type de données lui a été envoyé&#xa0;; – signifie aucun envoi.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>table column</comment>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Country and its data protection</source>
        <comment>table column</comment>
        <translation>Pays et protection des données</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a table going on over the page</comment>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>At your next visit, this part of the sheet will show what has changed since today.</source>
        <translation>Lors de votre prochaine visite, cette partie de la fiche montrera ce qui a changé depuis aujourd’hui.</translation>
    </message>
    <message>
        <source>Your choices and the next steps</source>
        <translation>Vos choix et les prochaines étapes</translation>
    </message>
    <message>
        <source>For each recipient, what you chose at the kiosk:</source>
        <translation>Pour chaque destinataire, ce que vous avez choisi à la borne&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient: the choices for it</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You did not ask for any change today. That is fine: you can use your rights at any time, as explained below.</source>
        <translation>Vous n’avez demandé aucun changement aujourd’hui. C’est très bien ainsi&#xa0;: vous pouvez exercer vos droits à tout moment, comme expliqué ci-dessous.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>La suite</translation>
    </message>
    <message>
        <source>Switch off:</source>
        <comment>next step</comment>
        <translation>Désactiver&#xa0;:</translation>
    </message>
    <message>
        <source>in the car&apos;s settings or in the carmaker&apos;s app; your advisor can show you where. Some services may stop working.</source>
        <translation>dans les réglages de la voiture ou dans l’app du constructeur&#xa0;; votre conseiller peut vous montrer où. Certains services peuvent ne plus fonctionner.</translation>
    </message>
    <message>
        <source>Ask to delete:</source>
        <comment>next step</comment>
        <translation>Demander l’effacement&#xa0;:</translation>
    </message>
    <message>
        <source>Ask for a copy:</source>
        <comment>next step</comment>
        <translation>Demander une copie&#xa0;:</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). As a rule the answer is free of charge and due within 30 days.</source>
        <translation>écrivez au contact pour la protection des données du destinataire (ci-dessous). En règle générale, la réponse est gratuite et doit être donnée dans les 30 jours.</translation>
    </message>
    <message>
        <source>You send these requests yourself, by e-mail or by letter. No answer within 30 days? Write again, or turn to the FDPIC (see below).</source>
        <translation>C’est vous qui envoyez ces demandes, par e-mail ou par lettre. Pas de réponse dans les 30 jours&#xa0;? Écrivez à nouveau ou adressez-vous au PFPDT (voir ci-dessous).</translation>
    </message>
    <message>
        <source>You can ask a recipient to correct wrong data, to delete data, or to stop using it or passing it on. Once you have objected, it may go on only with a reason the law accepts.</source>
        <translation>Vous pouvez demander à un destinataire de rectifier des données inexactes, d’effacer des données, ou de cesser de les utiliser ou de les transmettre. Après votre opposition, il ne peut continuer que pour un motif reconnu par la loi.</translation>
    </message>
    <message>
        <source>How to use them.</source>
        <comment>a right, in bold</comment>
        <translation>Comment les exercer.</translation>
    </message>
    <message>
        <source>If you get no answer.</source>
        <comment>a right, in bold</comment>
        <translation>Si vous n’obtenez pas de réponse.</translation>
    </message>
    <message>
        <source>You can report it to the Federal Data Protection and Information Commissioner (FDPIC), Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. You can also enforce your rights before a civil court.</source>
        <comment>FDPIC: the official name in each language: EDÖB (Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter), PFPDT (Préposé fédéral à la protection des données et à la transparence), IFPDT (Incaricato federale della protezione dei dati e della trasparenza)</comment>
        <translation>Vous pouvez le signaler au Préposé fédéral à la protection des données et à la transparence (PFPDT), Feldeggweg 1, 3003 Berne, www.edoeb.admin.ch. Vous pouvez aussi faire valoir vos droits devant un tribunal civil.</translation>
    </message>
    <message>
        <source>Not known to us. Ask your carmaker who receives data at this address.</source>
        <translation>Inconnu. Demandez à votre constructeur qui reçoit les données à cette adresse.</translation>
    </message>
    <message>
        <source>Not known to us. Ask %1 who receives data at this address.</source>
        <comment>%1: the carmaker</comment>
        <translation>Inconnu. Demandez à %1 qui reçoit les données à cette adresse.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. See the privacy notice on its website.</source>
        <translation>Aucun contact connu. Consultez la politique de confidentialité sur son site web.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask your carmaker to pass your request on.</source>
        <translation>Aucun contact connu. Demandez à votre constructeur automobile de transmettre votre demande.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask %1 to pass your request on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Aucun contact connu. Demandez à %1 de transmettre votre demande.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>Courrier&#xa0;: %1</translation>
    </message>
    <message>
        <source>How to reach each recipient</source>
        <translation>Comment joindre chaque destinataire</translation>
    </message>
    <message>
        <source>What this sheet cannot tell</source>
        <translation>Ce que cette fiche ne peut pas dire</translation>
    </message>
    <message>
        <source>It shows only what the file exported from your car contains. Data that is not in this file, for example what your phone or its apps sent, does not appear here.</source>
        <translation>Elle montre seulement ce que contient le fichier exporté de votre voiture. Les données absentes de ce fichier, par exemple ce que votre téléphone ou ses applications ont envoyé, n’apparaissent pas ici.</translation>
    </message>
    <message>
        <source>It cannot show what a recipient did with the data afterwards, nor to whom it passed it on later.</source>
        <translation>Elle ne peut pas montrer ce qu’un destinataire a fait ensuite des données, ni à qui il les a transmises plus tard.</translation>
    </message>
    <message>
        <source>Who runs an address, and in which country, comes from our list of recipients of %1. An address that is not on it is shown as unknown, never guessed.</source>
        <translation>Qui exploite une adresse, et dans quel pays, provient de notre liste de destinataires du %1. Une adresse qui n’y figure pas est indiquée comme inconnue, jamais devinée.</translation>
    </message>
    <message>
        <source>How to check this sheet</source>
        <translation>Comment vérifier cette fiche</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <source>none: this sheet was not registered</source>
        <translation>aucun&#xa0;: cette fiche n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>With this code, the dealer can confirm that this sheet is genuine. The square code holds the same.</source>
        <translation>Avec ce code, le garage peut confirmer que cette fiche est authentique. Le code carré contient la même information.</translation>
    </message>
    <message>
        <source>Fingerprint of the imported file (SHA-256)</source>
        <translation>Empreinte du fichier importé (SHA-256)</translation>
    </message>
    <message>
        <source>The dealer kept only this fingerprint, not the file. The same file always gives the same fingerprint.</source>
        <translation>Le garage n’a conservé que cette empreinte, pas le fichier. Un même fichier donne toujours la même empreinte.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The advisor</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>The advisor, %1</source>
        <comment>%1: the advisor&apos;s name</comment>
        <translation>Conseiller, %1</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>pas de signature</translation>
    </message>
    <message>
        <source>Verification code %1</source>
        <translation>Code de vérification %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The demo&apos;s certificate could not be made: no temporary folder.</source>
        <translation>Le certificat de démonstration n’a pas pu être créé&#xa0;: aucun dossier temporaire.</translation>
    </message>
    <message>
        <source>The sheet cannot be signed: %1 See packaging/dealer-certificate.md to set up the dealer&apos;s certificate.</source>
        <translation>La fiche ne peut pas être signée&#xa0;: %1 Voir packaging/dealer-certificate.md pour configurer le certificat du garage.</translation>
    </message>
    <message>
        <source>There is no review to make a sheet of.</source>
        <translation>Il n’y a pas de bilan à partir duquel établir une fiche.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the sheet cannot be kept.</source>
        <translation>Les registres de la borne ne sont pas ouverts&#xa0;: la fiche ne peut donc pas être conservée.</translation>
    </message>
    <message>
        <source>The sheet cannot be written: the kiosk has no temporary folder.</source>
        <translation>La fiche ne peut pas être écrite&#xa0;: la borne n’a pas de dossier temporaire.</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>La fiche n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Fiche du bilan de confidentialité</translation>
    </message>
    <message>
        <source>The sheet could not be signed: %1</source>
        <translation>La fiche n’a pas pu être signée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The letters cannot be written: the kiosk has no temporary folder.</source>
        <translation>Les lettres ne peuvent pas être écrites&#xa0;: la borne n’a pas de dossier temporaire.</translation>
    </message>
    <message>
        <source>Information request letters</source>
        <translation>Lettres de demande d’accès</translation>
    </message>
    <message>
        <source>(The print could not be counted in the kiosk&apos;s records: %1)</source>
        <translation>(L’impression n’a pas pu être comptée dans les registres de la borne&#xa0;: %1)</translation>
    </message>
    <message>
        <source>This sheet was made without the dealer&apos;s records of earlier visits, so it cannot show what has changed since then.</source>
        <translation>Cette fiche a été établie sans les dossiers du garage sur les visites précédentes&#xa0;: elle ne peut donc pas montrer ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>what became of a sheet</comment>
        <translation>imprimée</translation>
    </message>
    <message>
        <source>saved on a USB stick</source>
        <comment>what became of a sheet</comment>
        <translation>enregistrée sur une clé USB</translation>
    </message>
    <message>
        <source>kept to print later</source>
        <comment>what became of a sheet</comment>
        <translation>conservée pour être imprimée plus tard</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate, so it cannot sign sheets.</source>
        <translation>Cette borne n’a pas de certificat de garage&#xa0;: elle ne peut donc pas signer de fiches.</translation>
    </message>
    <message>
        <source>This kiosk cannot sign sheets with its dealer certificate.</source>
        <translation>Cette borne ne peut pas signer de fiches avec son certificat de garage.</translation>
    </message>
    <message>
        <source>The dealer certificate expires today, %1.</source>
        <translation>Le certificat de garage expire aujourd’hui, le %1.</translation>
    </message>
    <message numerus="yes">
        <source>The dealer certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Le certificat de garage expire le %1, dans %n jour.</numerusform>
            <numerusform>Le certificat de garage expire le %1, dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>After that day the kiosk cannot sign sheets. Renew the certificate in %1 before then, as packaging/dealer-certificate.md explains.</source>
        <translation>Après ce jour, la borne ne peut plus signer de fiches. Renouvelez le certificat dans %1 avant cette date, comme l’explique packaging/dealer-certificate.md.</translation>
    </message>
    <message>
        <source>Your sheet is printed. Please take it from the printer.</source>
        <translation>Votre fiche est imprimée. Veuillez la prendre à l’imprimante.</translation>
    </message>
    <message>
        <source>The printer cannot be reached at the moment.</source>
        <translation>L’imprimante n’est pas joignable pour le moment.</translation>
    </message>
    <message>
        <source>The printer is not taking sheets at the moment.</source>
        <translation>L’imprimante n’accepte pas de fiches pour le moment.</translation>
    </message>
    <message>
        <source>The printer did not print your sheet.</source>
        <translation>L’imprimante n’a pas imprimé votre fiche.</translation>
    </message>
    <message>
        <source>Your sheet could not be sent to the printer.</source>
        <translation>Votre fiche n’a pas pu être envoyée à l’imprimante.</translation>
    </message>
    <message>
        <source>Please plug your USB stick into the kiosk now. If it is in already, take it out and plug it in again.</source>
        <translation>Branchez maintenant votre clé USB sur la borne. Si elle y est déjà, retirez-la et rebranchez-la.</translation>
    </message>
    <message>
        <source>Saving your sheet on your USB stick.</source>
        <translation>Enregistrement de votre fiche sur votre clé USB.</translation>
    </message>
    <message>
        <source>Saved on your USB stick as %1. You can take the stick out now.</source>
        <translation>Enregistrée sur votre clé USB sous le nom %1. Vous pouvez retirer la clé.</translation>
    </message>
    <message>
        <source>No USB stick was found.</source>
        <translation>Aucune clé USB n’a été trouvée.</translation>
    </message>
    <message>
        <source>Your USB stick does not take new files. It may be locked.</source>
        <translation>Votre clé USB n’accepte pas de nouveaux fichiers. Elle est peut-être verrouillée.</translation>
    </message>
    <message>
        <source>Your USB stick is full. Free some space, or use another one.</source>
        <translation>Votre clé USB est pleine. Libérez de la place ou utilisez-en une autre.</translation>
    </message>
    <message>
        <source>Your sheet could not be saved on the USB stick.</source>
        <translation>Votre fiche n’a pas pu être enregistrée sur la clé USB.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and will print it for you.</source>
        <translation>Votre conseiller conserve votre fiche et l’imprimera pour vous.</translation>
    </message>
    <message>
        <source>Your sheet could not be kept. Please call your advisor.</source>
        <translation>Votre fiche n’a pas pu être conservée. Veuillez appeler votre conseiller.</translation>
    </message>
    <message>
        <source>No free verification code could be drawn.</source>
        <translation>Aucun code de vérification libre n’a pu être tiré.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open.</source>
        <translation>Les registres de la borne ne sont pas ouverts.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <comment>when a print failed, why</comment>
        <translation>À %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The letters are printed.</source>
        <translation>Les lettres sont imprimées.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer cannot be used at the moment.</source>
        <translation>Les lettres n’ont pas pu être imprimées&#xa0;: l’imprimante n’est pas utilisable pour le moment.</translation>
    </message>
    <message>
        <source>The sheet %1 was printed, but the kiosk&apos;s records could not count it: %2</source>
        <translation>La fiche %1 a été imprimée, mais les registres de la borne n’ont pas pu la compter&#xa0;: %2</translation>
    </message>
    <message>
        <source>For a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1 as packaging/dealer-certificate.md explains. Then tap Check again.</source>
        <translation>Pour un essai, créez-en un avec «&#xa0;vitrine-cli cert init --nss-dir %1 --name NAME&#xa0;». Pour le garage, importez son fichier PKCS#12 dans %1 comme l’explique packaging/dealer-certificate.md. Touchez ensuite Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate yet, so it cannot sign the sheet. Advisor: for a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1, as packaging/dealer-certificate.md explains. Then try again.</source>
        <translation>Cette borne n’a pas encore de certificat de garage&#xa0;: elle ne peut donc pas signer la fiche. Conseiller&#xa0;: pour un essai, créez-en un avec «&#xa0;vitrine-cli cert init --nss-dir %1 --name NAME&#xa0;». Pour le garage, importez son fichier PKCS#12 dans %1, comme l’explique packaging/dealer-certificate.md. Puis réessayez.</translation>
    </message>
    <message>
        <source>“Adequate protection” means that Switzerland recognises the country&apos;s data protection as adequate. These countries are listed in Annex 1 of the Data Protection Ordinance (as of %1). In the USA, this holds only for companies certified under the Swiss-US Data Privacy Framework (DPF). Data sent to other countries needs extra safeguards, such as special contracts, or your consent.</source>
        <translation>«&#xa0;Protection adéquate&#xa0;» signifie que la Suisse reconnaît la protection des données du pays comme adéquate. Ces pays figurent à l’annexe 1 de l’ordonnance sur la protection des données (état au %1). Aux États-Unis, cela ne vaut que pour les entreprises certifiées selon le Swiss-US Data Privacy Framework (DPF). Pour les données envoyées dans d’autres pays, il faut des garanties supplémentaires, comme des contrats spéciaux, ou votre consentement.</translation>
    </message>
    <message>
        <source>Your rights under the Swiss data protection act (FADP)</source>
        <translation>Vos droits selon la loi suisse sur la protection des données (LPD)</translation>
    </message>
    <message>
        <source>Right to information (art. 25 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Droit d’accès (art. 25 LPD).</translation>
    </message>
    <message>
        <source>You can ask any recipient whether it holds data about you and your car. If it does, it must tell you which data, what it is used for and how long it is kept. It must also say where the data came from and to whom it passed it on, including in which countries. As a rule the answer is free of charge and due within 30 days (art. 18 and 19 DPO).</source>
        <comment>DPO: the Data Protection Ordinance (DSV, OPDo, OPDa)</comment>
        <translation>Vous pouvez demander à tout destinataire s’il détient des données sur vous et votre voiture. Si c’est le cas, il doit vous dire lesquelles, à quoi elles servent et combien de temps il les conserve. Il doit aussi dire d’où viennent les données et à qui il les a transmises, y compris dans quels pays. En règle générale, la réponse est gratuite et doit être donnée dans les 30 jours (art. 18 et 19 OPDo).</translation>
    </message>
    <message>
        <source>Correction, deletion, objection (art. 30 and 32 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Rectification, effacement, opposition (art. 30 et 32 LPD).</translation>
    </message>
    <message>
        <source>Write to the recipient&apos;s privacy contact listed below, by e-mail or by letter. Say who you are and give your car&apos;s full VIN, so that the recipient can find the data. The VIN is the chassis number on your registration document. The recipient may ask you to prove who you are. Keep a copy of what you send.</source>
        <comment>The registration document&apos;s own words for the VIN: &quot;Fahrgestell-Nr.&quot; in the Fahrzeugausweis, &quot;No de châssis&quot; in the permis de circulation, &quot;N. di telaio&quot; in the licenza di circolazione</comment>
        <translation>Écrivez au contact pour la protection des données du destinataire, indiqué ci-dessous, par e-mail ou par lettre. Dites qui vous êtes et indiquez le VIN complet de votre voiture, pour que le destinataire puisse trouver les données. Le VIN est le «&#xa0;No de châssis&#xa0;» de votre permis de circulation. Le destinataire peut vous demander de prouver votre identité. Gardez une copie de ce que vous envoyez.</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). The recipient must delete the data unless the law gives it a reason to keep it.</source>
        <translation>écrivez au contact pour la protection des données du destinataire (ci-dessous). Le destinataire doit effacer les données, sauf si la loi lui donne une raison de les garder.</translation>
    </message>
    <message>
        <source>This sheet could not be read from the kiosk&apos;s records. %1</source>
        <translation>Cette fiche n’a pas pu être lue dans les données de la borne. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read and are not counted here.</source>
        <translation>
            <numerusform>%Ln ligne du fichier n’a pas pu être lue et n’est pas comptée ici.</numerusform>
            <numerusform>%Ln lignes du fichier n’ont pas pu être lues et ne sont pas comptées ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sign</name>
    <message>
        <source>The certificate database in %1 is protected by a password: please give it.</source>
        <translation>La base de certificats dans %1 est protégée par un mot de passe&#xa0;: veuillez l’indiquer.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database in %1.</source>
        <translation>Le mot de passe n’ouvre pas la base de certificats dans %1.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>Le dossier de certificats %1 ne contient aucun certificat nommé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 has no private key there, so it cannot sign.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n’a pas de clé privée dans %2&#xa0;: il ne peut donc pas signer.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid from %2 to %3 only: it cannot sign today.</source>
        <translation>Le certificat «&#xa0;%1&#xa0;» n’est valable que du %2 au %3&#xa0;: il ne peut pas signer aujourd’hui.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 ne peut pas être lu comme un PDF.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Impossible d’écrire dans le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Digitally signed by %1
%2</source>
        <comment>stamp on the sheet: two lines, the dealer&apos;s name then the date</comment>
        <translation>Signé numériquement par %1
%2</translation>
    </message>
    <message>
        <source>Poppler could not sign %1 with the certificate &quot;%2&quot;.</source>
        <translation>Poppler n’a pas pu signer %1 avec le certificat «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The signed file could not be written completely in %1.</source>
        <translation>Le fichier signé n’a pas pu être écrit entièrement dans %1.</translation>
    </message>
    <message>
        <source>Cannot put the signed file in place as %1.</source>
        <translation>Impossible de mettre le fichier signé en place sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation>Impossible de créer le fichier de base de données %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Impossible de lire le fichier de base de données %1&#xa0;: %2.</translation>
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
        <translation>La clé de la base de données n’a pas pu être dérivée&#xa0;: mémoire insuffisante ou réglages de dérivation invalides.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation>Cette phrase secrète n’ouvre pas cette base de données.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation>Cette base de données a été créée par une version plus récente de Vitrine (format %1&#xa0;; cette version lit jusqu’au format %2). Mettez Vitrine à jour pour l’ouvrir.</translation>
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
        <translation>Le rapport du bilan n’est pas du JSON valide&#xa0;: %1</translation>
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
        <translation>Le journal d’audit a été altéré&#xa0;: l’entrée %1 a été modifiée, supprimée ou insérée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de vérification.</translation>
    </message>
    <message>
        <source>The sheet&apos;s fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>L’empreinte de la fiche n’est pas un SHA-256 (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The sheet&apos;s language &quot;%1&quot; is not one the kiosk speaks.</source>
        <translation>La borne ne parle pas la langue «&#xa0;%1&#xa0;» de la fiche.</translation>
    </message>
    <message>
        <source>There is no import %1 for this sheet.</source>
        <translation>Il n’y a pas d’importation %1 pour cette fiche.</translation>
    </message>
    <message>
        <source>The verification code %1 is already used.</source>
        <translation>Le code de vérification %1 est déjà utilisé.</translation>
    </message>
    <message>
        <source>No sheet has the verification code %1.</source>
        <translation>Aucune fiche ne porte le code de vérification %1.</translation>
    </message>
    <message>
        <source>The file to keep is not the sheet %1.</source>
        <translation>Le fichier à conserver n’est pas la fiche %1.</translation>
    </message>
    <message>
        <source>The database is damaged, so what it keeps cannot be read. Restore it from the backup.</source>
        <translation>La base de données est endommagée&#xa0;: son contenu ne peut pas être lu. Restaurez-la depuis la sauvegarde.</translation>
    </message>
    <message>
        <source>The database file is empty: what it kept is lost. Restore it from the backup.</source>
        <translation>Le fichier de la base de données est vide&#xa0;: son contenu est perdu. Restaurez-le depuis la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>vitrine::Vault</name>
    <message>
        <source>The kiosk has no folder to keep its data in.</source>
        <translation>La borne n’a pas de dossier où conserver ses données.</translation>
    </message>
    <message>
        <source>The kiosk cannot create its data folder %1.</source>
        <translation>La borne ne peut pas créer son dossier de données %1.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Veuillez les saisir à nouveau.</translation>
    </message>
    <message>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>Le code PIN doit compter de %1 à %2 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please choose the PIN again.</source>
        <translation>Les deux codes PIN ne sont pas identiques. Veuillez choisir à nouveau le code PIN.</translation>
    </message>
    <message>
        <source>This passphrase does not open the kiosk&apos;s records. Please check it and try again.</source>
        <translation>Cette phrase secrète n’ouvre pas les données de la borne. Veuillez la vérifier et réessayer.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be opened. %1</source>
        <translation>Les données de la borne n’ont pas pu être ouvertes. %1</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>Le code PIN n’a pas pu être enregistré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>One digit repeated, like 1111, is too easy to guess. Please choose another PIN.</source>
        <translation>Un seul chiffre répété, comme 1111, se devine trop facilement. Veuillez choisir un autre code PIN.</translation>
    </message>
    <message>
        <source>Digits in a row, like 1234 or 4321, are too easy to guess. Please choose another PIN.</source>
        <translation>Des chiffres qui se suivent, comme 1234 ou 4321, se devinent trop facilement. Veuillez choisir un autre code PIN.</translation>
    </message>
    <message>
        <source>A group of digits repeated, like 1212, is too easy to guess. Please choose another PIN.</source>
        <translation>Un groupe de chiffres répété, comme 1212, se devine trop facilement. Veuillez choisir un autre code PIN.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged and cannot be read. Please restore them from the backup.</source>
        <translation>Les données de la borne sont endommagées et ne peuvent pas être lues. Veuillez les restaurer depuis la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>vitrine::Verify</name>
    <message>
        <source>This program already uses the certificate folder %1 and cannot switch to %2 without restarting.</source>
        <translation>Ce programme utilise déjà le dossier de certificats %1 et ne peut pas passer à %2 sans redémarrer.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>Il n’y a pas de base de certificats dans %1.</translation>
    </message>
    <message>
        <source>The certificate database in %1 could not be opened.</source>
        <translation>La base de certificats dans %1 n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un signataire inconnu</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since. It matches the sheet %3 that this kiosk issued on %4.</source>
        <translation>Cette fiche est authentique. Elle a été signée par %1 le %2 et n’a pas été modifiée depuis. Elle correspond à la fiche %3 émise par cette borne le %4.</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since.</source>
        <translation>Cette fiche est authentique. Elle a été signée par %1 le %2 et n’a pas été modifiée depuis.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF sheet, so it cannot be checked.</source>
        <translation>Ce fichier ne peut pas être lu comme une fiche PDF&#xa0;: il ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>This sheet has no digital signature, so nothing shows that it is genuine. Please ask the dealer for a signed copy.</source>
        <translation>Cette fiche n’a pas de signature numérique&#xa0;: rien ne prouve donc qu’elle est authentique. Veuillez demander une copie signée au garage.</translation>
    </message>
    <message>
        <source>This sheet was changed after it was signed. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>Cette fiche a été modifiée après sa signature. Ne vous y fiez pas&#xa0;; veuillez demander une nouvelle copie au garage.</translation>
    </message>
    <message>
        <source>The signature of this sheet is damaged and could not be checked. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>La signature de cette fiche est endommagée et n’a pas pu être vérifiée. Ne vous y fiez pas&#xa0;; veuillez demander une nouvelle copie au garage.</translation>
    </message>
    <message>
        <source>Something was added to this sheet after it was signed. The signed part is intact, but the file as a whole is not the one that was signed.</source>
        <translation>Quelque chose a été ajouté à cette fiche après sa signature. La partie signée est intacte, mais le fichier dans son ensemble n’est pas celui qui a été signé.</translation>
    </message>
    <message>
        <source>This sheet is signed in the name of %1, but not with the certificate this kiosk knows. It may not come from this dealer.</source>
        <translation>Cette fiche est signée par %1, mais pas avec le certificat que connaît cette borne. Elle ne vient peut-être pas de ce garage.</translation>
    </message>
    <message>
        <source>This sheet is signed by %1, but the certificate it was signed with was expired or withdrawn at the time. Do not rely on it.</source>
        <translation>Cette fiche est signée par %1, mais le certificat utilisé était alors expiré ou révoqué. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of this sheet.</source>
        <translation>La signature est en ordre, mais cette borne n’a aucune trace de cette fiche.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of the verification code %1. Please check the code.</source>
        <translation>La signature est en ordre, mais cette borne n’a aucune trace du code de vérification %1. Veuillez vérifier le code.</translation>
    </message>
    <message>
        <source>The signature is in order, but this file is not the sheet this kiosk issued with the verification code %1.</source>
        <translation>La signature est en ordre, mais ce fichier n’est pas la fiche émise par cette borne avec le code de vérification %1.</translation>
    </message>
    <message>
        <source>Not checked: the file cannot be read.</source>
        <translation>Non vérifié&#xa0;: le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No digital signature.</source>
        <translation>Aucune signature numérique.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>La signature est valide.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La signature n’est pas valide.</translation>
    </message>
    <message>
        <source>The signed content was changed after signing.</source>
        <translation>Le contenu signé a été modifié après la signature.</translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation>La signature est endommagée.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>La signature n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>The signature was not checked.</source>
        <translation>La signature n’a pas été vérifiée.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Aucun certificat.</translation>
    </message>
    <message>
        <source>The certificate is trusted by this kiosk.</source>
        <translation>Cette borne fait confiance au certificat.</translation>
    </message>
    <message>
        <source>The certificate comes from an issuer this kiosk does not trust.</source>
        <translation>Le certificat provient d’un émetteur auquel cette borne ne fait pas confiance.</translation>
    </message>
    <message>
        <source>The certificate is not one this kiosk knows.</source>
        <translation>Cette borne ne connaît pas ce certificat.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Le certificat a été révoqué.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time.</source>
        <translation>Le certificat n’était pas valide au moment de la signature.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>Le certificat n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <source>The certificate was not checked.</source>
        <translation>Le certificat n’a pas été vérifié.</translation>
    </message>
    <message>
        <source>Nothing is signed.</source>
        <translation>Rien n’est signé.</translation>
    </message>
    <message>
        <source>The signature covers the whole file.</source>
        <translation>La signature couvre tout le fichier.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after signing.</source>
        <translation>La signature ne couvre pas tout le fichier&#xa0;: quelque chose a été ajouté après la signature.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF that can be read.</source>
        <translation>Le fichier %1 n’est pas un PDF lisible.</translation>
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
        <source>Unknown language &quot;%1&quot;: use fr, de, it or en.</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez fr, de, it ou en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>Aucune phrase secrète&#xa0;: définissez VITRINE_PASSPHRASE ou lancez la commande dans un terminal pour qu’elle vous soit demandée.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk&apos;s store: </source>
        <translation>Phrase secrète de la base de la borne&#xa0;: </translation>
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
        <translation>Graine&#xa0;: la même graine donne le même journal.</translation>
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
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation>%1 écrit&#xa0;: %2 enregistrements, %3 événements, VIN %4.</translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file.</source>
        <translation>Le fichier de la base chiffrée.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Langue des messages.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keeps a log&apos;s summary in the encrypted store.</source>
        <translation>Conserve le résumé d’un journal dans la base chiffrée.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation>%1 a déjà été importé le %2 (importation %3)&#xa0;: rien de nouveau n’a été conservé.</translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Rien n’a été conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation>%1 importé pour la voiture %2 (importation %3).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
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
        <translation>Importation %1 du %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation>Événements du %1 au %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation>Lignes&#xa0;: %1 lues, %2 refusées</translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>Seul le résumé a été conservé, pas les enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln ligne lue</numerusform>
            <numerusform>%Ln lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln refusée</numerusform>
            <numerusform>%Ln refusées</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS).</source>
        <translation>Le dossier de la base de certificats de la borne (NSS).</translation>
    </message>
    <message>
        <source>The certificate&apos;s name in the database (default: %1).</source>
        <translation>Le nom du certificat dans la base (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>A file whose first line is the certificate database&apos;s password (else VITRINE_NSS_PASSWORD; none when neither is set).</source>
        <translation>Un fichier dont la première ligne est le mot de passe de la base de certificats (sinon VITRINE_NSS_PASSWORD&#xa0;; aucun si les deux manquent).</translation>
    </message>
    <message>
        <source>Nickname: %1</source>
        <translation>Alias&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>lui-même (auto-signé)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (Swiss time)</source>
        <translation>Valable du %1 au %2 (heure suisse)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>locked (give the database&apos;s password to check)</source>
        <translation>verrouillée (indiquez le mot de passe de la base pour vérifier)</translation>
    </message>
    <message>
        <source>present: this kiosk can sign with it</source>
        <translation>présente&#xa0;: cette borne peut signer avec elle</translation>
    </message>
    <message>
        <source>missing: this kiosk cannot sign with it</source>
        <translation>absente&#xa0;: cette borne ne peut pas signer avec elle</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Clé privée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Makes a self-signed dealer certificate, for a demo or a test.</source>
        <translation>Crée un certificat de garage auto-signé, pour une démonstration ou un test.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, as the sheet&apos;s signature shows it.</source>
        <translation>Le nom du garage, tel que la signature de la fiche l’affiche.</translation>
    </message>
    <message>
        <source>How many years it is valid (default: 5).</source>
        <translation>Durée de validité en années (par défaut&#xa0;: 5).</translation>
    </message>
    <message>
        <source>Replace a certificate that has the same nickname.</source>
        <translation>Remplacer un certificat qui a le même alias.</translation>
    </message>
    <message>
        <source>Give the dealer&apos;s name with --name.</source>
        <translation>Indiquez le nom du garage avec --name.</translation>
    </message>
    <message>
        <source>--years needs a whole number of years.</source>
        <translation>--years demande un nombre entier d’années.</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for &quot;%1&quot; in %2.</source>
        <translation>Certificat auto-signé créé pour «&#xa0;%1&#xa0;» dans %2.</translation>
    </message>
    <message>
        <source>It is meant for a demo or a test: a dealer imports its real certificate instead (see packaging/dealer-certificate.md).</source>
        <translation>Il est destiné à une démonstration ou à un test&#xa0;: un garage importe plutôt son vrai certificat (voir packaging/dealer-certificate.md).</translation>
    </message>
    <message>
        <source>The certificate database has no password: anyone who can read the folder can sign as this dealer.</source>
        <translation>La base de certificats n’a pas de mot de passe&#xa0;: toute personne qui peut lire le dossier peut signer au nom de ce garage.</translation>
    </message>
    <message>
        <source>Shows the dealer certificate the kiosk signs with.</source>
        <translation>Affiche le certificat de garage avec lequel la borne signe.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
       vitrine-cli cert show --nss-dir DIR</source>
        <translation>Utilisation&#xa0;: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
              vitrine-cli cert show --nss-dir DIR</translation>
    </message>
    <message>
        <source>Signs a PDF with the dealer&apos;s certificate.</source>
        <translation>Signe un PDF avec le certificat du garage.</translation>
    </message>
    <message>
        <source>Sign without drawing a stamp.</source>
        <translation>Signer sans apposer de cachet.</translation>
    </message>
    <message>
        <source>The signature&apos;s reason.</source>
        <translation>Le motif de la signature.</translation>
    </message>
    <message>
        <source>The signature&apos;s location.</source>
        <translation>Le lieu de la signature.</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>Le PDF à signer.</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>Le PDF signé à écrire.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Signed %1 as %2.</source>
        <translation>%1 signé et enregistré sous %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: its first line should be the secret.</source>
        <translation>Le fichier %1 est vide&#xa0;: sa première ligne devrait contenir le secret.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recipient without a letter (the reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language of the letters.</source>
        <translation>Langue des lettres.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Le PDF à écrire.</translation>
    </message>
    <message>
        <source>A recipient to write to: org:ID, a catalogue id or a host (may be given several times).</source>
        <translation>Un destinataire à qui écrire&#xa0;: org:ID, un identifiant du catalogue ou un hôte (peut être indiqué plusieurs fois).</translation>
    </message>
    <message>
        <source>Write to every known organisation that the log names.</source>
        <translation>Écrire à chaque organisation connue que le journal mentionne.</translation>
    </message>
    <message>
        <source>Print the VIN in full (by default it is masked, with a line to write it in by hand).</source>
        <translation>Imprimer le VIN en entier (par défaut, il est masqué, avec une ligne pour l’écrire à la main).</translation>
    </message>
    <message>
        <source>Say whom to write to: --recipient ID (once or more) or --all.</source>
        <translation>Indiquez à qui écrire&#xa0;: --recipient ID (une ou plusieurs fois) ou --all.</translation>
    </message>
    <message>
        <source>No letter for: %1.</source>
        <translation>Aucune lettre pour&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1.</source>
        <translation>
            <numerusform>%n lettre écrite dans %1.</numerusform>
            <numerusform>%n lettres écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the sheet.</source>
        <translation>Langue de la fiche.</translation>
    </message>
    <message>
        <source>The dealer&apos;s address (\n between lines).</source>
        <translation>L’adresse du garage (\n entre les lignes).</translation>
    </message>
    <message>
        <source>The advisor&apos;s name, under the signature.</source>
        <translation>Le nom du conseiller, sous la signature.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n page écrite dans %1.</numerusform>
            <numerusform>%n pages écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked (give --db to look it up in the kiosk&apos;s records)</source>
        <translation>non vérifié (indiquez --db pour le chercher dans les registres de la borne)</translation>
    </message>
    <message>
        <source>found in the kiosk&apos;s records</source>
        <translation>trouvé dans les registres de la borne</translation>
    </message>
    <message>
        <source>not found in the kiosk&apos;s records</source>
        <translation>introuvable dans les registres de la borne</translation>
    </message>
    <message>
        <source>issued for another file</source>
        <translation>émis pour un autre fichier</translation>
    </message>
    <message>
        <source>Checks that a privacy review sheet is genuine.</source>
        <translation>Vérifie qu’une fiche de bilan de confidentialité est authentique.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file, to match the sheet&apos;s verification code against its records.</source>
        <translation>Le fichier de la base chiffrée, pour comparer le code de vérification de la fiche à ses registres.</translation>
    </message>
    <message>
        <source>A file whose first line is the store&apos;s passphrase (else VITRINE_PASSPHRASE, or asked).</source>
        <translation>Un fichier dont la première ligne est la phrase secrète de la base (sinon VITRINE_PASSPHRASE, ou demandée).</translation>
    </message>
    <message>
        <source>The verification code as printed on the paper sheet (else the one in the file).</source>
        <translation>Le code de vérification tel qu’imprimé sur la fiche papier (sinon celui du fichier).</translation>
    </message>
    <message>
        <source>The sheet to check.</source>
        <translation>La fiche à vérifier.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>Il n’y a pas de base de certificats dans %1.</translation>
    </message>
    <message>
        <source>The check could not be written to the audit trail: %1</source>
        <translation>La vérification n’a pas pu être inscrite dans le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Fiche&#xa0;:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Verdict&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signataire&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signé le&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (Swiss time)</source>
        <translation>%1 (heure suisse)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Couverture&#xa0;:</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Code de vérification&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none on the sheet; the file is the sheet %1 in the kiosk&apos;s records</source>
        <translation>aucun sur la fiche&#xa0;; le fichier est la fiche %1 des registres de la borne</translation>
    </message>
    <message>
        <source>none found on the sheet</source>
        <translation>aucun trouvé sur la fiche</translation>
    </message>
    <message>
        <source>See: vitrine-cli sheet --help</source>
        <translation>Voir&#xa0;: vitrine-cli sheet --help</translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS), to sign the sheet.</source>
        <translation>Le dossier de la base de certificats de la borne (NSS), pour signer la fiche.</translation>
    </message>
    <message>
        <source>Write an unsigned draft instead (no --nss-dir, no --db): it is not a sheet to hand out.</source>
        <translation>Écrire plutôt un brouillon non signé (sans --nss-dir ni --db)&#xa0;: ce n’est pas une fiche à remettre.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: keep the log&apos;s summary and the sheet, and compare with the car&apos;s previous review.</source>
        <translation>Le fichier de la base chiffrée&#xa0;: conserver le résumé du journal et la fiche, et comparer avec le bilan précédent de la voiture.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, printed at the top (default: the certificate&apos;s name).</source>
        <translation>Le nom du garage, imprimé en haut (par défaut&#xa0;: le nom du certificat).</translation>
    </message>
    <message>
        <source>The verification code to print (default: a new one; not with --db, where the store&apos;s code is printed).</source>
        <translation>Le code de vérification à imprimer (par défaut&#xa0;: un nouveau&#xa0;; pas avec --db, où le code de la base est imprimé).</translation>
    </message>
    <message>
        <source>The sheet is signed with the dealer&apos;s certificate: give --nss-dir DIR (make a demo certificate with: vitrine-cli cert init), or --unsigned for an unsigned draft.</source>
        <translation>La fiche est signée avec le certificat du garage&#xa0;: indiquez --nss-dir DIR, ou --unsigned pour un brouillon non signé. Un certificat de démonstration se crée avec&#xa0;: vitrine-cli cert init.</translation>
    </message>
    <message>
        <source>--unsigned writes a draft that is neither signed nor kept: it goes without --nss-dir and --db.</source>
        <translation>--unsigned écrit un brouillon ni signé ni conservé&#xa0;: il s’utilise sans --nss-dir ni --db.</translation>
    </message>
    <message>
        <source>--passphrase-file goes with --db.</source>
        <translation>--passphrase-file s’utilise avec --db.</translation>
    </message>
    <message>
        <source>With --db the store gives the verification code: drop --code.</source>
        <translation>Avec --db, c’est la base qui fournit le code de vérification&#xa0;: retirez --code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code (like K7QF-3MZD-9W).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de vérification (comme K7QF-3MZD-9W).</translation>
    </message>
    <message>
        <source>Warning: this draft is not signed and not recorded; it is not a sheet to hand to a customer.</source>
        <translation>Attention&#xa0;: ce brouillon n’est ni signé ni enregistré&#xa0;; ce n’est pas une fiche à remettre à un client.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1. Make a demo certificate with: vitrine-cli cert init --nss-dir %1 --name NAME</source>
        <translation>Il n’y a pas de base de certificats dans %1. Créez un certificat de démonstration avec&#xa0;: vitrine-cli cert init --nss-dir %1 --name NAME</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Fiche du bilan de confidentialité</translation>
    </message>
    <message>
        <source>The sheet could not be recorded: %1</source>
        <translation>La fiche n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No free verification code was found.</source>
        <translation>Aucun code de vérification libre n’a été trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the signed sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Fiche signée (%n page) écrite dans %1.</numerusform>
            <numerusform>Fiche signée (%n pages) écrite dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Code de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not kept in a store (no --db): checking the sheet shows whether its signature is genuine, not whether this kiosk issued it.</source>
        <translation>Non conservée dans une base (pas de --db)&#xa0;: vérifier la fiche montrera si sa signature est authentique, mais pas si cette borne l’a émise.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): the sheet belongs to that import.</source>
        <translation>%1 a déjà été importé le %2 (importation %3)&#xa0;: la fiche appartient à cette importation.</translation>
    </message>
    <message>
        <source>The sheet compares with the previous review, of %1 (import %2).</source>
        <translation>La fiche est comparée au bilan précédent, du %1 (importation %2).</translation>
    </message>
    <message>
        <source>This is the first review of this car in the store.</source>
        <translation>C’est le premier bilan de cette voiture dans la base.</translation>
    </message>
    <message>
        <source>Kept as sheet %1 in %2: vitrine-cli verify --db finds its verification code.</source>
        <translation>Conservée comme fiche %1 dans %2&#xa0;: vitrine-cli verify --db retrouve son code de vérification.</translation>
    </message>
    <message>
        <source>Prints a signed sheet through the computer&apos;s printing service (CUPS): the PDF file itself is sent, and the command waits until the printer is done. A failed print changes nothing: print again.</source>
        <translation>Imprime une fiche signée via le service d’impression de l’ordinateur (CUPS)&#xa0;: le fichier PDF lui-même est envoyé, et la commande attend que l’imprimante ait terminé. Une impression échouée ne change rien&#xa0;: imprimez à nouveau.</translation>
    </message>
    <message>
        <source>The printer (CUPS queue) to use (default: the system&apos;s default printer).</source>
        <translation>L’imprimante (file CUPS) à utiliser (par défaut&#xa0;: l’imprimante par défaut du système).</translation>
    </message>
    <message>
        <source>List the printers and print nothing.</source>
        <translation>Lister les imprimantes sans rien imprimer.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: print only a sheet it issued, and count the print.</source>
        <translation>Le fichier de la base chiffrée&#xa0;: n’imprimer qu’une fiche qu’elle a émise, et compter l’impression.</translation>
    </message>
    <message>
        <source>How many seconds to wait for the printer (default: 120).</source>
        <translation>Délai d’attente de l’imprimante, en secondes (par défaut&#xa0;: 120).</translation>
    </message>
    <message>
        <source>The signed sheet to print.</source>
        <translation>La fiche signée à imprimer.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>Le service d’impression de cet ordinateur (CUPS) ne répond pas.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Aucune imprimante n’est configurée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[par défaut]</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout demande un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>The print could not be counted in the store: %1</source>
        <translation>L’impression n’a pas pu être comptée dans la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writes an information request letter (art. 25 FADP) to each chosen recipient of a car data log, as one PDF.</source>
        <translation>Écrit une lettre de demande d’accès (art. 25 LPD) à chaque destinataire choisi d’un journal de données automobile, dans un seul PDF.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli COMMAND [OPTIONS]

Commands:
  inspect [--json | --lang fr|de|it|en] FILE   what a car data log holds
  classify                                     category of each VSS path on standard input
  import --db PATH FILE                        keep a log&apos;s summary in the encrypted store
  history --db PATH VIN                        earlier imports of a car
  generate --events N --seed S --out FILE      write a realistic demo log
  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf
        [--db PATH] [--dealer NAME]            write the signed privacy review sheet
  print [--queue NAME] [--db PATH] SHEET.pdf   print a signed sheet (CUPS); --list: the printers
  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf
          (--recipient ID ... | --all) [--full-vin]
                                               write information request letters (art. 25 FADP)
  cert init --nss-dir DIR --name NAME [--force] make a self-signed dealer certificate (demo, test)
  cert show --nss-dir DIR                      the dealer certificate the kiosk signs with
  sign --nss-dir DIR IN.pdf OUT.pdf            sign a PDF with the dealer&apos;s certificate
  verify --nss-dir DIR [--db PATH] SHEET.pdf   is a sheet genuine?
</source>
        <translation>Utilisation&#xa0;: vitrine-cli COMMANDE [OPTIONS]

Commandes&#xa0;:
  inspect [--json | --lang fr|de|it|en] FILE   ce que contient un journal de données
  classify                                     catégorie de chaque chemin VSS lu sur l’entrée standard
  import --db PATH FILE                        conserver le résumé d’un journal dans la base chiffrée
  history --db PATH VIN                        importations précédentes d’une voiture
  generate --events N --seed S --out FILE      écrire un journal de démonstration réaliste
  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf
        [--db PATH] [--dealer NAME]            écrire la fiche signée du bilan de confidentialité
  print [--queue NAME] [--db PATH] SHEET.pdf   imprimer une fiche signée (CUPS)&#xa0;; --list&#xa0;: les imprimantes
  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf
          (--recipient ID ... | --all) [--full-vin]
                                               écrire des lettres de demande d’accès (art. 25 LPD)
  cert init --nss-dir DIR --name NAME [--force] créer un certificat de garage auto-signé (démo, test)
  cert show --nss-dir DIR                      le certificat de garage avec lequel la borne signe
  sign --nss-dir DIR IN.pdf OUT.pdf            signer un PDF avec le certificat du garage
  verify --nss-dir DIR [--db PATH] SHEET.pdf   la fiche est-elle authentique&#xa0;?
</translation>
    </message>
    <message>
        <source>Writes the privacy review sheet of a car data log as a PDF signed with the dealer&apos;s certificate. With --db, the log&apos;s summary and the sheet are kept in the kiosk&apos;s store. The sheet then shows what is new since the car&apos;s previous review there, and `vitrine-cli verify --db` finds its verification code. Without --db, a fresh verification code is printed but not recorded. A later check of the sheet then shows whether its signature is genuine, not whether the kiosk issued it.</source>
        <translation>Écrit la fiche du bilan de confidentialité d’un journal de données automobile, en PDF signé avec le certificat du garage. Avec --db, le résumé du journal et la fiche sont conservés dans la base de la borne. La fiche montre alors ce qui est nouveau depuis le bilan précédent de la voiture, et `vitrine-cli verify --db` retrouve son code de vérification. Sans --db, un nouveau code de vérification est imprimé mais pas enregistré. Une vérification ultérieure de la fiche montre alors si sa signature est authentique, mais pas si la borne l’a émise.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read: %1</source>
        <translation>Les données de la borne n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the car %1, newest first:</source>
        <translation>
            <numerusform>%Ln importation de la voiture %1, la plus récente d’abord&#xa0;:</numerusform>
            <numerusform>%Ln importations de la voiture %1, la plus récente d’abord&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>This installation lacks vitrine-cli-documents, which makes, signs, checks and prints documents. Install Vitrine again.</source>
        <translation>Il manque à cette installation vitrine-cli-documents, qui crée, signe, vérifie et imprime les documents. Réinstallez Vitrine.</translation>
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
        <source>who and what is inside</source>
        <translation>qui et ce qui se trouve à bord</translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation>le téléphone connecté&#xa0;: contacts, appels, messages</translation>
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
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 ne figure pas dans notre liste&#xa0;: nous ne savons pas qui l’exploite ni dans quel pays.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln fois</numerusform>
            <numerusform>%Ln fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation>
            <numerusform>environ %Ln fois</numerusform>
            <numerusform>environ %Ln fois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>environ %Ln événement</numerusform>
            <numerusform>environ %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation>environ %1&#xa0;ko</translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation>environ %1&#xa0;Mo</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>environ %1&#xa0;Go</translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation>environ %1&#xa0;To</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>kilométrage, pannes, pneus et entretien</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>niveau de la batterie, recharges et consommation de carburant</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n and a half month(s)</source>
        <comment>a span of time: 2 and a half months</comment>
        <translation>
            <numerusform>%n mois et demi</numerusform>
            <numerusform>%n mois et demi</numerusform>
        </translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only holds events from %3 to %4: about %5 at the start and %6 at the end are missing.</source>
        <translation>Le fichier devait couvrir du %1 au %2. Il ne contient des événements que du %3 au %4&#xa0;: il manque environ %5 au début et %6 à la fin.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It stops on %3: about %4 at the end are missing.</source>
        <translation>Le fichier devait couvrir du %1 au %2. Il s’arrête le %3&#xa0;: il manque environ %4 à la fin.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only starts on %3: about %4 at the start are missing.</source>
        <translation>Le fichier devait couvrir du %1 au %2. Il ne commence que le %3&#xa0;: il manque environ %4 au début.</translation>
    </message>
    <message>
        <source>Compared with your visit of %1.</source>
        <translation>Par rapport à votre visite du %1.</translation>
    </message>
    <message>
        <source>the driver&apos;s tiredness, attention and heart rate</source>
        <translation>fatigue, attention et pouls de la personne au volant</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a country missing from the list: &quot;in XY&quot;</comment>
        <translation>dans le pays %1</translation>
    </message>
    <message>
        <source>Swiss law applies</source>
        <comment>a recipient&apos;s protection: in Switzerland</comment>
        <translation>Droit suisse applicable</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Protection adéquate</translation>
    </message>
    <message>
        <source>Adequate protection for private companies</source>
        <comment>a recipient&apos;s protection: Canada</comment>
        <translation>Protection adéquate pour les entreprises privées</translation>
    </message>
    <message>
        <source>Protection not adequate (no DPF certification known)</source>
        <comment>a recipient&apos;s protection: a US company not known to be certified under the Swiss-US Data Privacy Framework</comment>
        <translation>Protection non adéquate (aucune certification DPF connue)</translation>
    </message>
    <message>
        <source>Protection not adequate</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Protection non adéquate</translation>
    </message>
    <message>
        <source>Protection unknown</source>
        <comment>a recipient&apos;s protection: an unknown recipient</comment>
        <translation>Protection inconnue</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in the Netherlands&quot;</comment>
        <translation>%1 se trouve %2. La Suisse y juge la protection des données adéquate.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate for private companies.</source>
        <comment>%2: the country with its preposition, &quot;in Canada&quot;</comment>
        <translation>%1 se trouve %2. La Suisse y juge la protection des données adéquate pour les entreprises privées.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate only for companies certified under the Swiss-US Data Privacy Framework (DPF). No such certification is known for %1.</source>
        <comment>%2: the country with its preposition, &quot;in the United States&quot;</comment>
        <translation>%1 se trouve %2. La Suisse n’y juge la protection des données adéquate que pour les entreprises certifiées selon le Swiss-US Data Privacy Framework (DPF). Aucune certification de ce type n’est connue pour %1.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland does not deem data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in China&quot;</comment>
        <translation>%1 se trouve %2. La Suisse n’y juge pas la protection des données adéquate.</translation>
    </message>
    <message>
        <source>%1 is in Switzerland. Swiss data protection law applies.</source>
        <translation>%1 se trouve en Suisse. La loi suisse sur la protection des données s’applique.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>%Ln autre destinataire n’est pas listé ici&#xa0;: %1 en tout.</numerusform>
            <numerusform>%Ln autres destinataires ne sont pas listés ici&#xa0;: %1 en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>Au moins %Ln autre destinataire n’est pas listé ici&#xa0;: %1 en tout.</numerusform>
            <numerusform>Au moins %Ln autres destinataires ne sont pas listés ici&#xa0;: %1 en tout.</numerusform>
        </translation>
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
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>Des données ont quitté la voiture %1, vers %2 dans %3.</translation>
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
        <translation>
            <numerusform>%n pays connu</numerusform>
            <numerusform>%n pays connus</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2; %3): %4</source>
        <translation>%1 (%2&#xa0;; %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 (unknown recipient): %2</source>
        <translation>%1 (destinataire inconnu)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient&apos;s protection, then where it is: &quot;Adequate protection: HERE is in the Netherlands. …&quot;</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation>
            <numerusform>%Ln destinataire se trouve dans un pays dont la Suisse ne juge pas la protection des données adéquate.</numerusform>
            <numerusform>%Ln destinataires se trouvent dans des pays dont la Suisse ne juge pas la protection des données adéquate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %Ln recipient(s) are, nor where they are.</source>
        <translation>
            <numerusform>%Ln destinataire nous est inconnu&#xa0;: nous ne savons ni qui il est ni où il se trouve.</numerusform>
            <numerusform>%Ln destinataires nous sont inconnus&#xa0;: nous ne savons ni qui ils sont ni où ils se trouvent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%Ln ligne du fichier n’a pas pu être lue&#xa0;:</numerusform>
            <numerusform>%Ln lignes du fichier n’ont pas pu être lues&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… et %Ln autre.</numerusform>
            <numerusform>… et %Ln autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other technical data</source>
        <translation>Autres données techniques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of data, then how often</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Data left the car %1. This export names only the holders of the data (%2).</source>
        <translation>Des données ont quitté la voiture %1. Cette exportation ne nomme que les détenteurs des données (%2).</translation>
    </message>
    <message>
        <source>It does not say who else received your data. It shows what the carmaker holds.</source>
        <translation>Elle ne dit pas qui d’autre a reçu vos données. Elle montre ce que le constructeur détient.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Types de données dans l’exportation</translation>
    </message>
    <message numerus="yes">
        <source>From the Volkswagen group&apos;s EU Data Act export: %Ln delivery(ies).</source>
        <translation>
            <numerusform>Tiré de l’exportation EU Data Act du groupe Volkswagen&#xa0;: %Ln livraison.</numerusform>
            <numerusform>Tiré de l’exportation EU Data Act du groupe Volkswagen&#xa0;: %Ln livraisons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them held no data.</source>
        <translation>
            <numerusform>%Ln ne contenait aucune donnée.</numerusform>
            <numerusform>%Ln ne contenaient aucune donnée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) came again unchanged and were counted once.</source>
        <translation>
            <numerusform>%Ln jeu de données est revenu sans changement et n’a été compté qu’une fois.</numerusform>
            <numerusform>%Ln jeux de données sont revenus sans changement et n’ont été comptés qu’une fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>This export names only the holders of the data. It does not say who else received it.</source>
        <translation>Cette exportation ne nomme que les détenteurs des données. Elle ne dit pas qui d’autre les a reçues.</translation>
    </message>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>Vos pneus, tels que le constructeur les connaît</translation>
    </message>
    <message>
        <source>From the BMW CarData archive, requested on %1.</source>
        <translation>Tiré de l’archive BMW CarData, demandée le %1.</translation>
    </message>
    <message>
        <source>From the BMW CarData archive.</source>
        <translation>Tiré de l’archive BMW CarData.</translation>
    </message>
    <message>
        <source>From your car&apos;s data log.</source>
        <translation>Tiré du registre de données de votre voiture.</translation>
    </message>
    <message>
        <source>What else the export holds</source>
        <translation>Ce que l’exportation contient encore</translation>
    </message>
</context>
</TS>
