<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>AdequacyBadge</name>
    <message>
        <source>Swiss law applies</source>
        <comment>adequacy badge</comment>
        <translation>Schweizer Recht gilt</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>adequacy badge</comment>
        <translation>Angemessener Schutz</translation>
    </message>
    <message>
        <source>Protected only if certified</source>
        <comment>adequacy badge: USA without Data Privacy Framework certification</comment>
        <translation>Nur mit Zertifizierung geschützt</translation>
    </message>
    <message>
        <source>Not deemed adequate</source>
        <comment>adequacy badge</comment>
        <translation>Nicht als angemessen anerkannt</translation>
    </message>
    <message>
        <source>Country unknown</source>
        <comment>adequacy badge</comment>
        <translation>Land unbekannt</translation>
    </message>
</context>
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Beratung: Import prüfen</translation>
    </message>
    <message>
        <source>Check what was read before you hand the screen to the customer.</source>
        <translation>Prüfen Sie, was gelesen wurde, bevor Sie den Bildschirm der Kundschaft übergeben.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Was gelesen wurde</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Noch nichts zu prüfen</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Die Datei wurde abgelehnt.</translation>
    </message>
    <message>
        <source>No data log has been imported. Import the car's log, then check it here.</source>
        <translation>Es wurde kein Datenprotokoll importiert. Importieren Sie das Protokoll des Autos und prüfen Sie es hier.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Period in the file</source>
        <translation>Zeitraum in der Datei</translation>
    </message>
    <message>
        <source>Period declared by the export</source>
        <translation>Vom Export angegebener Zeitraum</translation>
    </message>
    <message>
        <source>Check that this VIN matches the car in for service:</source>
        <translation>Prüfen Sie, ob diese VIN zum Auto im Service passt:</translation>
    </message>
    <message>
        <source>Lines refused</source>
        <translation>Abgelehnte Zeilen</translation>
    </message>
    <message>
        <source>No line was refused.</source>
        <translation>Keine Zeile wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <comment>a line of the imported file</comment>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Cancel and clear</source>
        <translation>Abbrechen und löschen</translation>
    </message>
    <message>
        <source>Confirm VIN and start the review</source>
        <translation>VIN bestätigen und Überprüfung starten</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car's data, in plain words</source>
        <translation>Die Daten Ihres Autos, in einfachen Worten</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>Während Ihre Reifen gewechselt werden, sehen Sie, was Ihr Auto aufgezeichnet hat, wohin die Daten gingen und was Sie tun können.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>Ihre Beraterin oder Ihr Berater startet die Überprüfung mit Ihnen.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Wählen Sie Ihre Sprache</translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Demo-PIN: %1</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: the advisor unlocks the kiosk</comment>
        <translation>Beratung</translation>
    </message>
</context>
<context>
    <name>ChoicesCard</name>
    <message>
        <source>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</source>
        <translation>Kreuzen Sie an, was Sie sich für jeden Empfänger wünschen. Ihre Beratungsperson geht die nächsten Schritte mit Ihnen durch.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car's settings</comment>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Ask to delete</source>
        <comment>choice: ask the recipient to delete the data</comment>
        <translation>Löschung verlangen</translation>
    </message>
    <message>
        <source>Ask for a copy</source>
        <comment>choice: ask the recipient which data it holds</comment>
        <translation>Kopie verlangen</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) ticked.</source>
        <translation><numerusform>%n Wahl angekreuzt.</numerusform><numerusform>%n Wahlen angekreuzt.</numerusform></translation>
    </message>
    <message>
        <source>Nothing ticked: that is fine too.</source>
        <translation>Nichts angekreuzt: Das ist auch in Ordnung.</translation>
    </message>
    <message>
        <source>Continue to signing</source>
        <translation>Weiter zur Unterschrift</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Danke</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Zurück zum Anfang</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Flussbild: welche Daten an welchen Empfänger gingen, in welchem Land</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation><numerusform>%n weiterer</numerusform><numerusform>%n weitere</numerusform></translation>
    </message>
    <message>
        <source>Data</source>
        <comment>flow picture column: kinds of data</comment>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Recipients</source>
        <comment>flow picture column</comment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Countries</source>
        <comment>flow picture column</comment>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Solid line: Switzerland deems the protection adequate</source>
        <translation>Durchgezogene Linie: Die Schweiz anerkennt den Schutz als angemessen</translation>
    </message>
    <message>
        <source>Dashed line: not deemed adequate, or not known</source>
        <translation>Gestrichelte Linie: nicht als angemessen anerkannt oder unbekannt</translation>
    </message>
    <message>
        <source>Thicker line: data sent more often</source>
        <translation>Dickere Linie: Daten öfter gesendet</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation><numerusform>Zum Schutz Ihrer Privatsphäre wird dieser Bildschirm in %n Sekunde gelöscht.</numerusform><numerusform>Zum Schutz Ihrer Privatsphäre wird dieser Bildschirm in %n Sekunden gelöscht.</numerusform></translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Ich bin noch da</translation>
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
        <translation>Wischen Sie oder tippen Sie auf Weiter, um mehr zu lesen.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
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
        <translation>Im Vergleich zur Überprüfung bei Ihrem letzten Besuch.</translation>
    </message>
    <message>
        <source>This is the first review of this car with us.</source>
        <translation>Dies ist die erste Überprüfung dieses Autos bei uns.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today: new recipients, new kinds of data, and whether your car sent more or less.</source>
        <translation>Bei Ihrem nächsten Besuch zeigt diese Karte, was sich seit heute geändert hat: neue Empfänger, neue Datenarten und ob Ihr Auto mehr oder weniger gesendet hat.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last visit.</source>
        <translation>Seit Ihrem letzten Besuch hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation><numerusform>%n Ziffer eingegeben</numerusform><numerusform>%n Ziffern eingegeben</numerusform></translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>Most private first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Das Privateste zuerst. Der Balken vergleicht jede Datenart mit der häufigsten.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>In short</source>
        <comment>card title</comment>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <comment>card title</comment>
        <translation>Was Ihr Auto aufgezeichnet hat</translation>
    </message>
    <message>
        <source>Where it went</source>
        <comment>card title</comment>
        <translation>Wohin die Daten gingen</translation>
    </message>
    <message>
        <source>When</source>
        <comment>card title: the timeline</comment>
        <translation>Wann</translation>
    </message>
    <message>
        <source>New since your last visit</source>
        <comment>card title</comment>
        <translation>Neu seit Ihrem letzten Besuch</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>card title</comment>
        <translation>Ihre Wahl</translation>
    </message>
    <message>
        <source>Your privacy review</source>
        <translation>Ihre Datenschutz-Überprüfung</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Normale Schrift</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Grössere Schrift</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: hand the kiosk back to the advisor</comment>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <comment>card indicator: card 2 of 6: its title</comment>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>Ihre Datenschutz-Überprüfung</translation>
    </message>
    <message>
        <source>Signing comes next</source>
        <translation>Als Nächstes kommt die Unterschrift</translation>
    </message>
    <message>
        <source>Soon you and your advisor will sign here, and the kiosk will print your privacy review sheet to take home.</source>
        <translation>Bald unterschreiben Sie und Ihre Beratungsperson hier, und der Kiosk druckt Ihr Datenschutz-Blatt zum Mitnehmen.</translation>
    </message>
    <message>
        <source>When you tap Finish, this screen is cleared: the next customer sees nothing of your review.</source>
        <translation>Wenn Sie auf Fertig tippen, wird dieser Bildschirm gelöscht: Die nächste Person sieht nichts von Ihrer Überprüfung.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Zurück zu Ihrer Wahl</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Advisor access</source>
        <translation>Zugang Beratung</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Geben Sie Ihre PIN ein.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform><numerusform>Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform></translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>Demo-PIN: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message numerus="yes">
        <source>Week starting %1: %Ln event(s)</source>
        <comment>chart: one week's total</comment>
        <translation><numerusform>Woche ab %1: %Ln Ereignis</numerusform><numerusform>Woche ab %1: %Ln Ereignisse</numerusform></translation>
    </message>
    <message>
        <source>Tap a bar to see its week.</source>
        <translation>Tippen Sie auf einen Balken, um die Woche zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <comment>chart: the busiest week's total, at the top line</comment>
        <translation><numerusform>%Ln Ereignis</numerusform><numerusform>%Ln Ereignisse</numerusform></translation>
    </message>
</context>
<context>
    <name>WhenCard</name>
    <message>
        <source>Events per week, %1.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Ereignisse pro Woche, %1.</translation>
    </message>
</context>
<context>
    <name>WhereCard</name>
    <message>
        <source>Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.</source>
        <translation>Wer Daten von Ihrem Auto erhielt, in welchem Land und ob die Schweiz den Schutz dort als angemessen anerkennt.</translation>
    </message>
    <message>
        <source>Each recipient</source>
        <comment>heading above the list of recipients</comment>
        <translation>Jeder Empfänger</translation>
    </message>
    <message>
        <source>Data received: %1</source>
        <translation>Erhaltene Daten: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation><numerusform>Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform><numerusform>Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform></translation>
    </message>
    <message>
        <source>No advisor PIN has been set.</source>
        <translation>Es ist noch keine Berater-PIN festgelegt.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>Diese PIN ist nicht richtig.</translation>
    </message>
</context>
<context>
    <name>vitrine::Refusal</name>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Die Datei kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Die Datei kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>The compressed file is damaged.</source>
        <translation>Die komprimierte Datei ist beschädigt.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The first line is not a valid header.</source>
        <translation>Die erste Zeile ist keine gültige Kopfzeile.</translation>
    </message>
    <message>
        <source>This is not a car data log (VDFL).</source>
        <translation>Dies ist kein Datenprotokoll eines Autos (VDFL).</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the format (%1). Please update Vitrine.</source>
        <translation>Die Datei wurde mit einer neueren Version des Formats erstellt (%1). Bitte aktualisieren Sie Vitrine.</translation>
    </message>
    <message>
        <source>The format version in the header is not valid.</source>
        <translation>Die Formatversion in der Kopfzeile ist ungültig.</translation>
    </message>
    <message>
        <source>The header gives no vehicle identification number (VIN).</source>
        <translation>Die Kopfzeile nennt keine Fahrzeug-Identifizierungsnummer (VIN).</translation>
    </message>
    <message>
        <source>"%1" is not a valid vehicle identification number (VIN).</source>
        <translation>«%1» ist keine gültige Fahrzeug-Identifizierungsnummer (VIN).</translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation>Das Kopfzeilenfeld %1 ist ungültig.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>vitrine::Rejection</name>
    <message>
        <source>This line is not a readable record.</source>
        <translation>Diese Zeile ist kein lesbarer Datensatz.</translation>
    </message>
    <message>
        <source>This line holds characters that are not valid text.</source>
        <translation>Diese Zeile enthält Zeichen, die kein gültiger Text sind.</translation>
    </message>
    <message>
        <source>This line is longer than 1 MB.</source>
        <translation>Diese Zeile ist länger als 1 MB.</translation>
    </message>
    <message>
        <source>The time (t) is missing.</source>
        <translation>Die Zeit (t) fehlt.</translation>
    </message>
    <message>
        <source>The time (t) is not a valid date and time.</source>
        <translation>Die Zeit (t) ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is missing.</source>
        <translation>Die Art des Ereignisses (kind) fehlt.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is unknown.</source>
        <translation>Die Art des Ereignisses (kind) ist unbekannt.</translation>
    </message>
    <message>
        <source>The data (data) is missing.</source>
        <translation>Die Daten (data) fehlen.</translation>
    </message>
    <message>
        <source>The data (data) is neither text nor a list of texts.</source>
        <translation>Die Daten (data) sind weder Text noch eine Liste von Texten.</translation>
    </message>
    <message>
        <source>The data (data) is empty.</source>
        <translation>Die Daten (data) sind leer.</translation>
    </message>
    <message>
        <source>The data item "%1" is not a known kind of data.</source>
        <translation>Das Datenelement «%1» ist keine bekannte Datenart.</translation>
    </message>
    <message>
        <source>The recipient (to) is missing.</source>
        <translation>Der Empfänger (to) fehlt.</translation>
    </message>
    <message>
        <source>The recipient (to) is not a valid address.</source>
        <translation>Der Empfänger (to) ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The intermediary (via) is not a valid address.</source>
        <translation>Der Vermittler (via) ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The size (bytes) is not a whole number of 0 or more.</source>
        <translation>Die Grösse (bytes) ist keine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>The number of events (count) is not a whole number of 1 or more.</source>
        <translation>Die Anzahl Ereignisse (count) ist keine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>The connection (channel) is unknown.</source>
        <translation>Die Verbindung (channel) ist unbekannt.</translation>
    </message>
    <message>
        <source>The legal basis (basis) is unknown.</source>
        <translation>Die Rechtsgrundlage (basis) ist unbekannt.</translation>
    </message>
    <message>
        <source>The purpose (purpose) is not text.</source>
        <translation>Der Zweck (purpose) ist kein Text.</translation>
    </message>
    <message>
        <source>The consent (consent) is not text.</source>
        <translation>Die Einwilligung (consent) ist kein Text.</translation>
    </message>
    <message>
        <source>This line was rejected.</source>
        <translation>Diese Zeile wurde abgelehnt.</translation>
    </message>
</context>
<context>
    <name>vitrine::Review</name>
    <message>
        <source>unknown recipient</source>
        <translation>unbekannter Empfänger</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>unbekanntes Land</translation>
    </message>
    <message>
        <source>New recipient: %1</source>
        <translation>Neuer Empfänger: %1</translation>
    </message>
    <message>
        <source>No longer received data: %1</source>
        <translation>Hat keine Daten mehr erhalten: %1</translation>
    </message>
    <message>
        <source>Newly recorded: %1</source>
        <translation>Neu aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>No longer recorded: %1</source>
        <translation>Nicht mehr aufgezeichnet: %1</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % more per day than last time.</source>
        <translation>Ihr Auto hat pro Tag etwa %1 % mehr aufgezeichnet als beim letzten Mal.</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % less per day than last time.</source>
        <translation>Ihr Auto hat pro Tag etwa %1 % weniger aufgezeichnet als beim letzten Mal.</translation>
    </message>
    <message>
        <source>Your car recorded about as much per day as last time.</source>
        <translation>Ihr Auto hat pro Tag etwa gleich viel aufgezeichnet wie beim letzten Mal.</translation>
    </message>
    <message>
        <source>Your car</source>
        <translation>Ihr Auto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln Zeile gelesen</numerusform><numerusform>%Ln Zeilen gelesen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation><numerusform>%Ln abgelehnt</numerusform><numerusform>%Ln abgelehnt</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>Die Datenbank meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation>Die Datenbankdatei %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Die Datenbankdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vitrine database.</source>
        <translation>Die Datei %1 ist keine Vitrine-Datenbank.</translation>
    </message>
    <message>
        <source>The passphrase is empty. The database needs a passphrase.</source>
        <translation>Die Passphrase ist leer. Die Datenbank braucht eine Passphrase.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht starten.</translation>
    </message>
    <message>
        <source>The database key could not be derived: not enough memory, or invalid key derivation settings.</source>
        <translation>Der Datenbankschlüssel konnte nicht abgeleitet werden: zu wenig Speicher oder ungültige Einstellungen der Schlüsselableitung.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation>Diese Passphrase öffnet die Datenbank nicht.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation>Diese Datenbank stammt von einer neueren Vitrine-Version (Datenformat %1; diese Version liest bis %2). Aktualisieren Sie Vitrine, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The import has no vehicle identification number (VIN).</source>
        <translation>Dem Import fehlt die Fahrzeug-Identifizierungsnummer (VIN).</translation>
    </message>
    <message>
        <source>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>Der Fingerabdruck der Datei ist kein SHA-256 (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The review report is not valid JSON: %1</source>
        <translation>Der Bericht ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Die Aufbewahrungsfrist kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>Ein Eintrag im Prüfprotokoll braucht eine Aktion.</translation>
    </message>
    <message>
        <source>The audit trail has been altered: entry %1 was changed, removed or inserted.</source>
        <translation>Das Prüfprotokoll wurde verändert: Eintrag %1 wurde geändert, entfernt oder eingefügt.</translation>
    </message>
</context>
<context>
    <name>vitrine::cli</name>
    <message>
        <source>classify reads paths on standard input; it takes no arguments.</source>
        <translation>classify liest Pfade von der Standardeingabe und nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>not a VSS path (Vehicle.…)</source>
        <translation>kein VSS-Pfad (Vehicle.…)</translation>
    </message>
    <message>
        <source>Unknown language "%1": use fr, de, it or en.</source>
        <translation>Unbekannte Sprache «%1»: Verwenden Sie fr, de, it oder en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>Keine Passphrase: Setzen Sie VITRINE_PASSPHRASE oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk's store: </source>
        <translation>Passphrase des Kiosk-Speichers: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Keine Passphrase eingegeben.</translation>
    </message>
    <message>
        <source>Writes a realistic demo car data log.</source>
        <translation>Schreibt ein realistisches Demo-Datenprotokoll eines Autos.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>Anzahl Ereignisse.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same log.</source>
        <translation>Startwert: Der gleiche Startwert ergibt das gleiche Protokoll.</translation>
    </message>
    <message>
        <source>Days covered.</source>
        <translation>Abgedeckte Tage.</translation>
    </message>
    <message>
        <source>Output file; gzip when it ends in .gz.</source>
        <translation>Ausgabedatei, gzip-komprimiert, wenn sie auf .gz endet.</translation>
    </message>
    <message>
        <source>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</source>
        <translation>--events und --days brauchen ganze Zahlen ab 1, --seed eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation>%1 geschrieben: %2 Datensätze, %3 Ereignisse, VIN %4.</translation>
    </message>
    <message>
        <source>Shows what a car data log holds.</source>
        <translation>Zeigt, was ein Datenprotokoll eines Autos enthält.</translation>
    </message>
    <message>
        <source>The machine-readable report.</source>
        <translation>Der maschinenlesbare Bericht.</translation>
    </message>
    <message>
        <source>Language of the plain report.</source>
        <translation>Sprache des Berichts in einfacher Sprache.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Die Protokolldatei.</translation>
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
        <translation>Aufruf: vitrine-cli BEFEHL [OPTIONEN]

Befehle:
  inspect [--json | --lang fr|de|it|en] FILE   was ein Datenprotokoll enthält
  classify                                     Kategorie jedes VSS-Pfads der Standardeingabe
  import --db PATH FILE                        Zusammenfassung im verschlüsselten Speicher ablegen
  history --db PATH VIN                        frühere Importe eines Autos
  generate --events N --seed S --out FILE      realistisches Demo-Protokoll schreiben
</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Unbekannter Befehl «%1».</translation>
    </message>
    <message>
        <source>The encrypted store's file.</source>
        <translation>Die Datei des verschlüsselten Speichers.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Sprache der Meldungen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keeps a log's summary in the encrypted store.</source>
        <translation>Legt die Zusammenfassung eines Protokolls im verschlüsselten Speicher ab.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation>%1 wurde bereits am %2 importiert (Import %3): Nichts Neues gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation>%1 für das Auto %2 importiert (Import %3).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Lists the earlier imports of a car.</source>
        <translation>Listet die früheren Importe eines Autos auf.</translation>
    </message>
    <message>
        <source>No import of the car %1 is kept.</source>
        <translation>Zum Auto %1 ist kein Import gespeichert.</translation>
    </message>
    <message>
        <source>Import %1 on %2: %3</source>
        <translation>Import %1 vom %2: %3</translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation>Ereignisse vom %1 bis %2: %3</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation>Zeilen: %1 gelesen, %2 abgelehnt</translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>Nur die Zusammenfassung wurde gespeichert, nicht die Datensätze.</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s) of the car %1, newest first:</source>
        <translation><numerusform>%n Import des Autos %1, neuester zuerst:</numerusform><numerusform>%n Importe des Autos %1, neueste zuerst:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation><numerusform>%Ln Zeile gelesen</numerusform><numerusform>%Ln Zeilen gelesen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation><numerusform>%Ln abgelehnt</numerusform><numerusform>%Ln abgelehnt</numerusform></translation>
    </message>
</context>
<context>
    <name>vitrine::generator</name>
    <message>
        <source>The number of events and days must be at least 1.</source>
        <translation>Die Anzahl Ereignisse und Tage muss mindestens 1 sein.</translation>
    </message>
</context>
<context>
    <name>vitrine::plain</name>
    <message>
        <source>Location</source>
        <comment>data category</comment>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Driving</source>
        <comment>data category</comment>
        <translation>Fahrweise</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>data category</comment>
        <translation>Person am Steuer</translation>
    </message>
    <message>
        <source>Inside the car</source>
        <comment>data category</comment>
        <translation>Innenraum</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>data category</comment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Media and infotainment</source>
        <comment>data category</comment>
        <translation>Medien und Unterhaltung</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>data category</comment>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Technical condition</source>
        <comment>data category</comment>
        <translation>Technischer Zustand</translation>
    </message>
    <message>
        <source>Battery, charging and fuel</source>
        <comment>data category</comment>
        <translation>Batterie, Laden und Treibstoff</translation>
    </message>
    <message>
        <source>Software</source>
        <comment>data category</comment>
        <translation>Software</translation>
    </message>
    <message>
        <source>where the car is and has been</source>
        <translation>wo das Auto ist und wo es war</translation>
    </message>
    <message>
        <source>how the car is driven</source>
        <translation>wie das Auto gefahren wird</translation>
    </message>
    <message>
        <source>the driver's state and body</source>
        <translation>Zustand und Körper der Person am Steuer</translation>
    </message>
    <message>
        <source>who and what is inside</source>
        <translation>wer und was im Auto ist</translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation>das verbundene Telefon: Kontakte, Anrufe, Nachrichten</translation>
    </message>
    <message>
        <source>music, radio and other entertainment</source>
        <translation>Musik, Radio und andere Unterhaltung</translation>
    </message>
    <message>
        <source>who you and the car are</source>
        <translation>wer Sie und Ihr Auto sind</translation>
    </message>
    <message>
        <source>software versions and updates</source>
        <translation>Softwareversionen und Updates</translation>
    </message>
    <message>
        <source>very private</source>
        <translation>sehr privat</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>not very private</source>
        <translation>wenig privat</translation>
    </message>
    <message>
        <source>carmaker</source>
        <comment>recipient role</comment>
        <translation>Autohersteller</translation>
    </message>
    <message>
        <source>maps and traffic</source>
        <comment>recipient role</comment>
        <translation>Karten und Verkehr</translation>
    </message>
    <message>
        <source>voice assistant</source>
        <comment>recipient role</comment>
        <translation>Sprachassistent</translation>
    </message>
    <message>
        <source>mobile network</source>
        <comment>recipient role</comment>
        <translation>Mobilfunknetz</translation>
    </message>
    <message>
        <source>insurer</source>
        <comment>recipient role</comment>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>data broker</source>
        <comment>recipient role</comment>
        <translation>Datenhändler</translation>
    </message>
    <message>
        <source>music and video streaming</source>
        <comment>recipient role</comment>
        <translation>Musik- und Videostreaming</translation>
    </message>
    <message>
        <source>charging network</source>
        <comment>recipient role</comment>
        <translation>Ladenetz</translation>
    </message>
    <message>
        <source>cloud service</source>
        <comment>recipient role</comment>
        <translation>Cloud-Dienst</translation>
    </message>
    <message>
        <source>software and updates</source>
        <comment>recipient role</comment>
        <translation>Software und Updates</translation>
    </message>
    <message>
        <source>breakdown service</source>
        <comment>recipient role</comment>
        <translation>Pannendienst</translation>
    </message>
    <message>
        <source>fleet telematics</source>
        <comment>recipient role</comment>
        <translation>Flottentelematik</translation>
    </message>
    <message>
        <source>%1 is in Switzerland: Swiss data protection law applies.</source>
        <translation>%1 ist in der Schweiz: Es gilt das Schweizer Datenschutzgesetz.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately.</source>
        <translation>Die Schweiz anerkennt den Datenschutz im Land von %1 als angemessen.</translation>
    </message>
    <message>
        <source>Switzerland considers that %1's country protects data adequately for private companies.</source>
        <translation>Die Schweiz anerkennt den Datenschutz im Land von %1 für private Unternehmen als angemessen.</translation>
    </message>
    <message>
        <source>%1 is in the USA. Switzerland considers data safe there only with companies certified under the Swiss-US Data Privacy Framework, and %1 is not known to be certified.</source>
        <translation>%1 ist in den USA. Die Schweiz hält Daten dort nur bei Unternehmen für sicher, die nach dem Swiss-US Data Privacy Framework zertifiziert sind, und es ist nicht bekannt, dass %1 zertifiziert ist.</translation>
    </message>
    <message>
        <source>Switzerland does not consider that %1's country protects data adequately.</source>
        <translation>Die Schweiz anerkennt den Datenschutz im Land von %1 nicht als angemessen.</translation>
    </message>
    <message>
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 ist nicht in unserer Liste: Wir wissen nicht, wer dahintersteht und in welchem Land.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation><numerusform>%Ln Mal</numerusform><numerusform>%Ln Mal</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation><numerusform>etwa %Ln Mal</numerusform><numerusform>etwa %Ln Mal</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation><numerusform>%Ln Ereignis</numerusform><numerusform>%Ln Ereignisse</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation><numerusform>etwa %Ln Ereignis</numerusform><numerusform>etwa %Ln Ereignisse</numerusform></translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation>etwa %1 kB</translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation>etwa %1 MB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>etwa %1 GB</translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation>etwa %1 TB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation><numerusform>%Ln Byte</numerusform><numerusform>%Ln Bytes</numerusform></translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>Kilometerstand, Störungen, Reifen und Wartung</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>Batteriestand, Ladevorgänge und Treibstoffverbrauch</translation>
    </message>
</context>
<context>
    <name>vitrine::summary</name>
    <message>
        <source>The file names your car but holds no readable events.</source>
        <translation>Die Datei nennt Ihr Auto, enthält aber keine lesbaren Ereignisse.</translation>
    </message>
    <message>
        <source>Between %1 and %2, your car recorded %3.</source>
        <translation>Zwischen dem %1 und dem %2 hat Ihr Auto %3 aufgezeichnet.</translation>
    </message>
    <message>
        <source>Nothing left the car.</source>
        <translation>Nichts hat das Auto verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation><numerusform>%n Empfänger</numerusform><numerusform>%n Empfänger</numerusform></translation>
    </message>
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>Daten haben das Auto %1 verlassen und gingen an %2 in %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation><numerusform>%n Empfänger ist in einem Land, dessen Datenschutz die Schweiz nicht als angemessen anerkennt.</numerusform><numerusform>%n Empfänger sind in Ländern, deren Datenschutz die Schweiz nicht als angemessen anerkennt.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %n recipient(s) are, nor where they are.</source>
        <translation><numerusform>%n Empfänger ist uns unbekannt: Wir wissen nicht, wer er ist und wo er sich befindet.</numerusform><numerusform>%n Empfänger sind uns unbekannt: Wir wissen nicht, wer sie sind und wo sie sich befinden.</numerusform></translation>
    </message>
    <message>
        <source>Every recipient is in a country whose data protection Switzerland considers adequate.</source>
        <translation>Alle Empfänger sind in Ländern, deren Datenschutz die Schweiz als angemessen anerkennt.</translation>
    </message>
    <message>
        <source>Your car (VIN %1)</source>
        <translation>Ihr Auto (VIN %1)</translation>
    </message>
    <message>
        <source>Your %1 (VIN %2)</source>
        <translation>Ihr %1 (VIN %2)</translation>
    </message>
    <message>
        <source>The export says it covers %1 to %2.</source>
        <translation>Laut Export umfasst die Datei die Zeit vom %1 bis %2.</translation>
    </message>
    <message>
        <source>The events in it run from %1 to %2.</source>
        <translation>Die enthaltenen Ereignisse reichen vom %1 bis %2.</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <translation>Was Ihr Auto aufgezeichnet hat</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Wohin die Daten gingen</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Was nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>This report shows what the exported file contains, nothing more.</source>
        <translation>Dieser Bericht zeigt, was die exportierte Datei enthält, nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) we know of</source>
        <translation><numerusform>%n bekannten Land</numerusform><numerusform>%n bekannten Ländern</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2; %3): %4</source>
        <translation>%1 (%2; %3): %4</translation>
    </message>
    <message>
        <source>%1 (%2), %3: %4</source>
        <translation>%1 (%2), %3: %4</translation>
    </message>
    <message>
        <source>%1 (unknown recipient): %2</source>
        <translation>%1 (unbekannter Empfänger): %2</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Daten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation><numerusform>%n Zeile der Datei konnte nicht gelesen werden:</numerusform><numerusform>%n Zeilen der Datei konnten nicht gelesen werden:</numerusform></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation><numerusform>… und %n weitere.</numerusform><numerusform>… und %n weitere.</numerusform></translation>
    </message>
</context>
</TS>
