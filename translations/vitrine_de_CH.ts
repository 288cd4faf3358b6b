<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_CH">
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Berater: Import prüfen</translation>
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
        <translation>Prüfen Sie, ob diese VIN zum Auto in der Werkstatt passt:</translation>
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
    <message>
        <source>No data log has been imported. Import the car&apos;s log from the USB stick, then check it here.</source>
        <translation>Es wurde noch kein Datenprotokoll importiert. Importieren Sie das Protokoll des Autos vom USB-Stick und prüfen Sie es dann hier.</translation>
    </message>
    <message>
        <source>Import from a USB stick</source>
        <translation>Vom USB-Stick importieren</translation>
    </message>
    <message>
        <source>Newest first. Tap Import on the car&apos;s log.</source>
        <translation>Neueste zuerst. Tippen Sie beim Protokoll des Autos auf Importieren.</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the car&apos;s data log.</source>
        <translation>Stecken Sie den USB-Stick mit dem Datenprotokoll des Autos ein.</translation>
    </message>
    <message>
        <source>Its logs appear here by themselves after a few seconds. A log&apos;s name ends in .jsonl or .jsonl.gz.</source>
        <translation>Seine Protokolle erscheinen nach einigen Sekunden von selbst hier. Der Name eines Protokolls endet auf .jsonl oder .jsonl.gz.</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, gespeichert am %2</translation>
    </message>
    <message>
        <source>On the stick “%1”</source>
        <translation>Auf dem Stick «%1»</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Only the newest logs are shown.</source>
        <translation>Nur die neuesten Protokolle werden angezeigt.</translation>
    </message>
    <message>
        <source>Check a sheet</source>
        <translation>Ein Blatt prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>The customer&apos;s sheet could not be made.</source>
        <translation>Das Blatt der Kundschaft konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The last print failed.</source>
        <translation>Der letzte Druck ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Back to the customer&apos;s sheet</source>
        <translation>Zurück zum Blatt der Kundschaft</translation>
    </message>
    <message>
        <source>Sheets waiting to be printed</source>
        <translation>Blätter, die auf den Druck warten</translation>
    </message>
    <message numerus="yes">
        <source>Each is deleted after %n day(s) if it is not printed.</source>
        <translation>
            <numerusform>Jedes wird nach %n Tag gelöscht, wenn es nicht gedruckt wird.</numerusform>
            <numerusform>Jedes wird nach %n Tagen gelöscht, wenn es nicht gedruckt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, this session</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2, diese Sitzung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print the sheet %1</source>
        <translation>Das Blatt %1 drucken</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged.</source>
        <translation>Die Daten des Terminals sind beschädigt.</translation>
    </message>
    <message>
        <source>Parts of them can no longer be read, and the kiosk keeps nothing more in them. Reviews still work, but without the last visit. Restore the records from the backup.</source>
        <translation>Ein Teil davon kann nicht mehr gelesen werden, und das Terminal speichert nichts mehr darin. Die Überprüfungen funktionieren weiter, aber ohne den letzten Besuch. Stellen Sie die Daten aus der Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car&apos;s data, in plain words</source>
        <translation>Die Daten Ihres Autos, in einfachen Worten</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>Während Ihre Reifen gewechselt werden, sehen Sie, was Ihr Auto aufgezeichnet hat, wohin die Daten gingen und was Sie tun können.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>Ihr Berater startet die Überprüfung mit Ihnen.</translation>
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
        <translation>Berater</translation>
    </message>
</context>
<context>
    <name>ChoicesCard</name>
    <message>
        <source>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</source>
        <translation>Kreuzen Sie an, was Sie sich für jeden Empfänger wünschen. Ihr Berater geht die nächsten Schritte mit Ihnen durch.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car&apos;s settings</comment>
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
        <translation>
            <numerusform>%n Feld angekreuzt.</numerusform>
            <numerusform>%n Felder angekreuzt.</numerusform>
        </translation>
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
    <message>
        <source>Your sheet is printed. Drive safely.</source>
        <translation>Ihr Blatt ist gedruckt. Gute Fahrt!</translation>
    </message>
    <message>
        <source>Your sheet is on your USB stick. Drive safely.</source>
        <translation>Ihr Blatt ist auf Ihrem USB-Stick. Gute Fahrt!</translation>
    </message>
    <message>
        <source>Your advisor will print your sheet for you. Drive safely.</source>
        <translation>Ihr Berater druckt Ihr Blatt für Sie. Gute Fahrt!</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen. Drive safely.</source>
        <translation>Ihre Datenschutz-Überprüfung ist vom Bildschirm gelöscht. Gute Fahrt!</translation>
    </message>
</context>
<context>
    <name>EndQuestion</name>
    <message>
        <source>End the session?</source>
        <translation>Sitzung beenden?</translation>
    </message>
    <message>
        <source>Finish without a sheet?</source>
        <translation>Ohne Blatt abschliessen?</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen.</source>
        <translation>Ihre Datenschutz-Überprüfung wird vom Bildschirm gelöscht.</translation>
    </message>
    <message>
        <source>Please take your printed sheet with you.</source>
        <translation>Bitte nehmen Sie Ihr gedrucktes Blatt mit.</translation>
    </message>
    <message>
        <source>Your sheet stays on your USB stick.</source>
        <translation>Ihr Blatt bleibt auf Ihrem USB-Stick.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and prints it for you later.</source>
        <translation>Ihr Berater bewahrt Ihr Blatt auf und druckt es später für Sie.</translation>
    </message>
    <message>
        <source>Your sheet was not printed, saved or kept: it is wiped too.</source>
        <translation>Ihr Blatt wurde weder gedruckt noch gespeichert noch aufbewahrt: Es wird ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>No sheet is made or kept.</source>
        <translation>Es wird kein Blatt erstellt oder aufbewahrt.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Schaubild: welche Daten an welchen Empfänger gingen, in welchem Land</translation>
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
        <source>Thicker line: data sent more often</source>
        <translation>Dickere Linie: Daten öfter gesendet</translation>
    </message>
    <message>
        <source>Key to the lines</source>
        <translation>Legende der Linien</translation>
    </message>
    <message>
        <source>Line colour: the kind of data, as in the left column</source>
        <translation>Linienfarbe: die Datenart, wie in der linken Spalte</translation>
    </message>
    <message>
        <source>Dashed line: protection not adequate, or unknown</source>
        <translation>Gestrichelte Linie: kein angemessener Schutz oder Schutz unbekannt</translation>
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
        <translation>
            <numerusform>Zum Schutz Ihrer Privatsphäre wird dieser Bildschirm in %n Sekunde gelöscht.</numerusform>
            <numerusform>Zum Schutz Ihrer Privatsphäre wird dieser Bildschirm in %n Sekunden gelöscht.</numerusform>
        </translation>
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
        <source>Nothing has changed since your last visit.</source>
        <translation>Seit Ihrem letzten Besuch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today. It will list new recipients and new kinds of data, and say whether your car sent more or less.</source>
        <translation>Bei Ihrem nächsten Besuch zeigt diese Karte, was sich seit heute geändert hat. Sie nennt neue Empfänger und neue Datenarten und sagt, ob Ihr Auto mehr oder weniger gesendet hat.</translation>
    </message>
    <message>
        <source>The kiosk could not read its records of earlier visits, so this card cannot show what has changed since then.</source>
        <translation>Das Terminal konnte seine Daten zu früheren Besuchen nicht lesen. Diese Karte kann daher nicht zeigen, was sich seither geändert hat.</translation>
    </message>
</context>
<context>
    <name>OpenScreen</name>
    <message>
        <source>This kiosk is locked</source>
        <translation>Dieses Terminal ist gesperrt</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Demo wird vorbereitet</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records</source>
        <translation>Das Terminal kann seine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Terminal öffnen</translation>
    </message>
    <message>
        <source>The demo keeps its records only until it closes.</source>
        <translation>Die Demo behält ihre Daten nur, bis sie beendet wird.</translation>
    </message>
    <message>
        <source>Please call the person who looks after this kiosk.</source>
        <translation>Bitte wenden Sie sich an die Person, die dieses Terminal betreut.</translation>
    </message>
    <message>
        <source>Type the kiosk&apos;s passphrase to open its records.</source>
        <translation>Geben Sie die Passphrase des Terminals ein, um seine Daten zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Opening the kiosk&apos;s records. This takes a moment.</source>
        <translation>Die Daten des Terminals werden geöffnet. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n Ziffer eingegeben</numerusform>
            <numerusform>%n Ziffern eingegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Letzte Ziffer löschen</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>PIN bestätigen</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PIN wird geprüft…</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Your privacy review sheet</source>
        <translation>Ihr Blatt zur Datenschutz-Überprüfung</translation>
    </message>
    <message>
        <source>This is the sheet you take home, exactly as it will be printed.</source>
        <translation>Das ist das Blatt, das Sie mitnehmen, genau so, wie es gedruckt wird.</translation>
    </message>
    <message>
        <source>The pages of your sheet</source>
        <translation>Die Seiten Ihres Blatts</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Preparing your sheet and signing it. This takes a moment.</source>
        <translation>Ihr Blatt wird vorbereitet und signiert. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Whole pages</source>
        <translation>Ganze Seiten</translation>
    </message>
    <message>
        <source>Zoom to the width</source>
        <translation>Auf Breite zoomen</translation>
    </message>
    <message>
        <source>Print your sheet</source>
        <translation>Ihr Blatt drucken</translation>
    </message>
    <message>
        <source>Demo: this sheet is signed with a made-up certificate. It is not a real dealer&apos;s sheet.</source>
        <translation>Demo: Dieses Blatt ist mit einem erfundenen Zertifikat signiert. Es ist kein echtes Blatt einer Garage.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Erneut drucken</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Printing. This can take a minute.</source>
        <translation>Wird gedruckt. Das kann eine Minute dauern.</translation>
    </message>
    <message numerus="yes">
        <source>You asked %n recipient(s) for a copy of your data. The kiosk can print a letter ready to send to each.</source>
        <translation>
            <numerusform>Sie haben %n Empfänger um eine Kopie Ihrer Daten gebeten. Das Terminal kann einen versandbereiten Brief drucken.</numerusform>
            <numerusform>Sie haben %n Empfänger um eine Kopie Ihrer Daten gebeten. Das Terminal kann für jeden einen versandbereiten Brief drucken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters again</source>
        <translation>Briefe erneut drucken</translation>
    </message>
    <message>
        <source>Print the request letters too</source>
        <translation>Auch die Auskunftsbegehren drucken</translation>
    </message>
    <message>
        <source>Printing the letters.</source>
        <translation>Die Briefe werden gedruckt.</translation>
    </message>
    <message>
        <source>Back to signing</source>
        <translation>Zurück zum Unterschreiben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your sheet cannot be made here today.</source>
        <translation>Ihr Blatt kann heute hier nicht erstellt werden.</translation>
    </message>
    <message>
        <source>You can finish without it, or call your advisor.</source>
        <translation>Sie können ohne Blatt abschliessen oder Ihren Berater rufen.</translation>
    </message>
    <message>
        <source>Call the advisor</source>
        <translation>Berater rufen</translation>
    </message>
    <message>
        <source>Finish without a sheet</source>
        <translation>Ohne Blatt abschliessen</translation>
    </message>
    <message>
        <source>Your sheet is not lost. What would you like to do?</source>
        <translation>Ihr Blatt ist nicht verloren. Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Save as PDF on my USB stick</source>
        <translation>Als PDF auf meinem USB-Stick speichern</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Nicht speichern</translation>
    </message>
    <message>
        <source>Keep it for my advisor to print later</source>
        <translation>Meinem Berater zum späteren Drucken überlassen</translation>
    </message>
    <message>
        <source>It is signed by the dealer. With its verification code, anyone can check later that it is genuine.</source>
        <translation>Es ist von der Garage signiert. Mit seinem Prüfcode kann später jeder prüfen, ob es echt ist.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>End without a sheet</source>
        <translation>Ohne Blatt beenden</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>The most private kinds come first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Die privatesten Datenarten stehen zuerst. Der Balken vergleicht jede Datenart mit der häufigsten.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Datenarten im Export</translation>
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
        <translation>Ihre Auswahl</translation>
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
        <translation>Berater</translation>
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
    <name>SetupScreen</name>
    <message>
        <source>Setting up this kiosk</source>
        <translation>Einrichtung dieses Terminals</translation>
    </message>
    <message>
        <source>Choose the kiosk&apos;s passphrase</source>
        <translation>Wählen Sie die Passphrase des Terminals</translation>
    </message>
    <message>
        <source>Choose the advisor PIN</source>
        <translation>Wählen Sie die Berater-PIN</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Geben Sie dieselbe PIN noch einmal ein</translation>
    </message>
    <message numerus="yes">
        <source>It locks everything the kiosk keeps. Use at least %n characters. Write it down and keep it in a safe place: without it, the kiosk&apos;s records cannot be opened.</source>
        <translation>
            <numerusform>Sie schützt alles, was das Terminal speichert. Verwenden Sie mindestens %n Zeichen. Schreiben Sie sie auf und bewahren Sie sie sicher auf: Ohne sie lassen sich die Daten des Terminals nicht öffnen.</numerusform>
            <numerusform>Sie schützt alles, was das Terminal speichert. Verwenden Sie mindestens %n Zeichen. Schreiben Sie sie auf und bewahren Sie sie sicher auf: Ohne sie lassen sich die Daten des Terminals nicht öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Setting up the kiosk&apos;s records. This takes a moment.</source>
        <translation>Die Daten des Terminals werden eingerichtet. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Advisors type this PIN to unlock the kiosk. Use %1 to %2 digits, not an easy one like 1111, 1234 or 1212.</source>
        <translation>Berater entsperren das Terminal mit dieser PIN. Verwenden Sie %1 bis %2 Ziffern, keine einfache PIN wie 1111, 1234 oder 1212.</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>Ihre Datenschutz-Überprüfung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Zurück zu Ihrer Auswahl</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translation>Bitte unterschreiben</translation>
    </message>
    <message>
        <source>By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car&apos;s log contains.</source>
        <translation>Mit Ihrer Unterschrift bestätigen Sie, dass Sie diese Überprüfung gesehen haben. Ihr Berater unterschreibt, dass die gezeigten Daten dem Protokoll Ihres Autos entsprechen.</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>Ihre Unterschrift</translation>
    </message>
    <message>
        <source>Your advisor&apos;s signature</source>
        <translation>Unterschrift Ihres Beraters</translation>
    </message>
    <message>
        <source>When both of you have signed, tap Finish.</source>
        <translation>Wenn Sie beide unterschrieben haben, tippen Sie auf Fertig.</translation>
    </message>
    <message>
        <source>Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.</source>
        <translation>Heute kann dieses Terminal Ihr signiertes Blatt nicht erstellen. Sie können trotzdem unterschreiben und abschliessen; Ihr Berater sagt Ihnen mehr.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Unterschreiben Sie hier mit dem Finger</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
    <message>
        <source>Please sign with your name. A tick or a dot is not enough.</source>
        <translation>Bitte unterschreiben Sie mit Ihrem Namen. Ein Häkchen oder ein Punkt genügt nicht.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Bar chart: how often your car recorded data, by kind of data</source>
        <translation>Balkendiagramm: wie oft Ihr Auto Daten aufgezeichnet hat, nach Datenart</translation>
    </message>
    <message>
        <source>Tap a bar to see its number.</source>
        <translation>Tippen Sie auf einen Balken, um die Zahl zu sehen.</translation>
    </message>
    <message>
        <source>Key to the colours</source>
        <translation>Legende der Farben</translation>
    </message>
</context>
<context>
    <name>TyresPanel</name>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>Ihre Reifen, wie der Hersteller sie kennt</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Advisor access</source>
        <translation>Zugang für Berater</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Geben Sie Ihre PIN ein.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
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
    <name>VerifyScreen</name>
    <message>
        <source>Check a sheet</source>
        <translation>Ein Blatt prüfen</translation>
    </message>
    <message>
        <source>Is a sheet someone brings back genuine? Check its PDF file, or the code printed on it.</source>
        <translation>Ist ein Blatt echt, das jemand zurückbringt? Prüfen Sie seine PDF-Datei oder den darauf gedruckten Code.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Was Sie prüfen</translation>
    </message>
    <message>
        <source>The verification code on a paper sheet</source>
        <translation>Der Prüfcode auf einem Papierblatt</translation>
    </message>
    <message>
        <source>For example K7QF-3MZD-9W</source>
        <translation>Zum Beispiel K7QF-3MZD-9W</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Nachschlagen</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Blatt %1</translation>
    </message>
    <message>
        <source>PDF files on the USB stick</source>
        <translation>PDF-Dateien auf dem USB-Stick</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the sheet&apos;s PDF file. Its files appear here by themselves after a few seconds.</source>
        <translation>Stecken Sie den USB-Stick mit der PDF-Datei des Blatts ein. Seine Dateien erscheinen nach einigen Sekunden von selbst hier.</translation>
    </message>
    <message>
        <source>%1, saved on %2, on the stick “%3”</source>
        <comment>a file: its size, the date and time it was saved, the stick&apos;s name</comment>
        <translation>%1, gespeichert am %2, auf dem Stick «%3»</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, gespeichert am %2</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>Choose a sheet to check, or type the code printed on it.</source>
        <translation>Wählen Sie ein Blatt zum Prüfen, oder geben Sie den darauf gedruckten Code ein.</translation>
    </message>
    <message>
        <source>Checking the sheet&apos;s signature.</source>
        <translation>Die Signatur des Blatts wird geprüft.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signiert am</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Ganze Datei</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>Kiosk&apos;s records</source>
        <translation>Unterlagen des Terminals</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <source>Sheets issued in this session</source>
        <translation>In dieser Sitzung ausgegebene Blätter</translation>
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
        <translation>Jeder Balken ist eine Woche, Montag bis Sonntag (%1). Jede Farbe ist eine Datenart; eine Aufzeichnung kann mehrere Arten enthalten.</translation>
    </message>
    <message>
        <source>Each bar is one day (%1). Each colour is one kind of data; one recording can hold several kinds.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Jeder Balken ist ein Tag (%1). Jede Farbe ist eine Datenart; eine Aufzeichnung kann mehrere Arten enthalten.</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <comment>the per day / per week buttons</comment>
        <translation>Diagramm anzeigen</translation>
    </message>
    <message>
        <source>Per day</source>
        <comment>timeline: one bar per day</comment>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <comment>timeline: one bar per week</comment>
        <translation>Pro Woche</translation>
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
    <name>vitrine::Check</name>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s).</source>
        <translation>
            <numerusform>Es wurde %n Mal gedruckt.</numerusform>
            <numerusform>Es wurde %n Mal gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not been printed.</source>
        <translation>Es wurde nicht gedruckt.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>Nicht echt</translation>
    </message>
    <message>
        <source>Code on record</source>
        <translation>Code bekannt</translation>
    </message>
    <message>
        <source>Not a code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <source>This kiosk issued the sheet with the code %1 on %2, in %3.</source>
        <translation>Dieses Terminal hat das Blatt mit dem Code %1 am %2 auf %3 ausgestellt.</translation>
    </message>
    <message>
        <source>The code alone does not show that a paper copy was not changed: to be sure, check the PDF file of the sheet.</source>
        <translation>Der Code allein zeigt nicht, dass eine Papierkopie unverändert ist: Prüfen Sie zur Sicherheit die PDF-Datei des Blatts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code. A code has ten letters and digits, like %2.</source>
        <translation>«%1» ist kein Prüfcode. Ein Code hat zehn Buchstaben und Ziffern, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the code cannot be looked up.</source>
        <translation>Die Unterlagen des Terminals sind nicht geöffnet, deshalb kann der Code nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>This kiosk has no sheet with the code %1. Please check the code: it has ten letters and digits, like %2.</source>
        <translation>Dieses Terminal hat kein Blatt mit dem Code %1. Bitte prüfen Sie den Code: Er hat zehn Buchstaben und Ziffern, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>Nobody: the file is not signed.</source>
        <translation>Niemand: Die Datei ist nicht signiert.</translation>
    </message>
    <message>
        <source>Not named in the signature.</source>
        <translation>In der Signatur nicht genannt.</translation>
    </message>
    <message>
        <source>Not given in the signature.</source>
        <translation>In der Signatur nicht angegeben.</translation>
    </message>
    <message>
        <source>No verification code was found in the file.</source>
        <translation>In der Datei wurde kein Prüfcode gefunden.</translation>
    </message>
    <message>
        <source>Not looked up: the kiosk&apos;s records are not open.</source>
        <translation>Nicht nachgeschlagen: Die Unterlagen des Terminals sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet.</source>
        <translation>Dieses Terminal hat dieses Blatt ausgestellt.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet on %1.</source>
        <translation>Dieses Terminal hat dieses Blatt am %1 ausgestellt.</translation>
    </message>
    <message>
        <source>This kiosk has no record of this sheet.</source>
        <translation>Dieses Terminal hat keine Unterlagen zu diesem Blatt.</translation>
    </message>
    <message>
        <source>This kiosk issued a sheet with this code, but it is not this file.</source>
        <translation>Dieses Terminal hat ein Blatt mit diesem Code ausgestellt, aber nicht diese Datei.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read, so the code %1 could not be looked up. This says nothing about the sheet. Try again; if it happens again, restore the records from the backup.</source>
        <translation>Die Daten des Terminals konnten nicht gelesen werden, daher konnte der Code %1 nicht nachgeschlagen werden. Das sagt nichts über das Blatt aus. Versuchen Sie es noch einmal. Geschieht es wieder, stellen Sie die Daten aus der Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>vitrine::DealerCertificate</name>
    <message>
        <source>The certificate database is protected by a password: please give it.</source>
        <translation>Die Zertifikatsdatenbank ist durch ein Passwort geschützt: Bitte geben Sie es an.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database.</source>
        <translation>Dieses Passwort öffnet die Zertifikatsdatenbank nicht.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name must have 1 to 64 characters, without control characters.</source>
        <translation>Der Name der Garage muss 1 bis 64 Zeichen lang sein, ohne Steuerzeichen.</translation>
    </message>
    <message>
        <source>The certificate&apos;s nickname must not be empty or contain a colon.</source>
        <translation>Der Kurzname des Zertifikats darf nicht leer sein und keinen Doppelpunkt enthalten.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity must be 1 to 30 years.</source>
        <translation>Das Zertifikat muss 1 bis 30 Jahre gültig sein.</translation>
    </message>
    <message>
        <source>No certificate folder was given.</source>
        <translation>Es wurde kein Zertifikatsordner angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the certificate folder %1: %2.</source>
        <translation>Der Zertifikatsordner %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot open the certificate database in %1: %2</source>
        <translation>Die Zertifikatsdatenbank in %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set the certificate database&apos;s password: %1</source>
        <translation>Das Passwort der Zertifikatsdatenbank kann nicht festgelegt werden: %1</translation>
    </message>
    <message>
        <source>The certificate folder %1 already has a certificate named &quot;%2&quot;. Nothing was changed (use --force to replace it).</source>
        <translation>Der Zertifikatsordner %1 enthält bereits ein Zertifikat namens «%2». Es wurde nichts geändert (ersetzen Sie es mit --force).</translation>
    </message>
    <message>
        <source>Cannot remove the old certificate: %1</source>
        <translation>Das alte Zertifikat kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot make the key pair: %1</source>
        <translation>Das Schlüsselpaar kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>Cannot make a certificate for the name &quot;%1&quot;: %2</source>
        <translation>Für den Namen «%1» kann kein Zertifikat erstellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot make the certificate: %1</source>
        <translation>Das Zertifikat kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot store the certificate: %1</source>
        <translation>Das Zertifikat kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot mark the certificate as trusted: %1</source>
        <translation>Das Zertifikat kann nicht als vertrauenswürdig markiert werden: %1</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>In %1 gibt es keine Zertifikatsdatenbank.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>Der Zertifikatsordner %1 enthält kein Zertifikat namens «%2».</translation>
    </message>
</context>
<context>
    <name>vitrine::EntryProblem</name>
    <message>
        <source>%1: this name points outside the archive. It was not read.</source>
        <translation>%1: Dieser Name zeigt aus dem Archiv hinaus. Die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Vitrine cannot read it.</source>
        <translation>%1 ist mit einem Passwort geschützt. Vitrine kann die Datei nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is too large to be read.</source>
        <translation>%1 ist zu gross, um gelesen zu werden.</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than real data does. It was not read.</source>
        <translation>%1 wird beim Entpacken viel grösser als echte Daten. Die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The archive holds too many files. The rest was not read.</source>
        <translation>Das Archiv enthält zu viele Dateien. Der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>%1 holds archives inside archives too deep. It was not read.</source>
        <translation>%1 enthält zu tief verschachtelte Archive. Die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The archive holds too much data. The rest was not read.</source>
        <translation>Das Archiv enthält zu viele Daten. Der Rest wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The archive is damaged. What came before the damage was read.</source>
        <translation>Das Archiv ist beschädigt. Was vor der Beschädigung stand, wurde gelesen.</translation>
    </message>
    <message>
        <source>%1 is damaged. What came before the damage was read.</source>
        <translation>%1 ist beschädigt. Was vor der Beschädigung stand, wurde gelesen.</translation>
    </message>
</context>
<context>
    <name>vitrine::ExportDetails</name>
    <message>
        <source>Front left</source>
        <comment>a tyre</comment>
        <translation>Vorne links</translation>
    </message>
    <message>
        <source>Front right</source>
        <comment>a tyre</comment>
        <translation>Vorne rechts</translation>
    </message>
    <message>
        <source>Rear left</source>
        <comment>a tyre</comment>
        <translation>Hinten links</translation>
    </message>
    <message>
        <source>Rear right</source>
        <comment>a tyre</comment>
        <translation>Hinten rechts</translation>
    </message>
    <message>
        <source>Summer tyres</source>
        <translation>Sommerreifen</translation>
    </message>
    <message>
        <source>Winter tyres</source>
        <translation>Winterreifen</translation>
    </message>
    <message>
        <source>All-season tyres</source>
        <translation>Ganzjahresreifen</translation>
    </message>
    <message>
        <source>The carmaker rates the wear green.</source>
        <translation>Der Hersteller bewertet die Abnützung mit Grün.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear yellow.</source>
        <translation>Der Hersteller bewertet die Abnützung mit Gelb.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear orange.</source>
        <translation>Der Hersteller bewertet die Abnützung mit Orange.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear red.</source>
        <translation>Der Hersteller bewertet die Abnützung mit Rot.</translation>
    </message>
    <message>
        <source>Production date: %1</source>
        <comment>as the export writes it, often week and year</comment>
        <translation>Herstelldatum: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tyre set (wheels)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>tyre set and wheels: facts</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Mounted tyres</source>
        <translation>Montierte Reifen</translation>
    </message>
    <message>
        <source>Tyres in storage</source>
        <translation>Eingelagerte Reifen</translation>
    </message>
    <message>
        <source>All four</source>
        <comment>tyres</comment>
        <translation>Alle vier</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>tyres</comment>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Rear</source>
        <comment>tyres</comment>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Your car&apos;s learning navigation is in the export, but it has learned no places yet.</source>
        <translation>Die lernende Navigation Ihres Autos ist im Export. Sie hat aber noch keine Orte gelernt.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln place(s), such as where you park at night.</source>
        <translation>
            <numerusform>Ihr Auto hat %Ln Ort gelernt, etwa wo Sie nachts parkieren.</numerusform>
            <numerusform>Ihr Auto hat %Ln Orte gelernt, etwa wo Sie nachts parkieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has also learned %Ln route(s) between them.</source>
        <translation>
            <numerusform>Es hat auch %Ln Strecke zwischen ihnen gelernt.</numerusform>
            <numerusform>Es hat auch %Ln Strecken zwischen ihnen gelernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the most private part of the export. Vitrine only counts it and never shows where these places are.</source>
        <translation>Das ist der privateste Teil des Exports. Vitrine zählt ihn nur und zeigt nie, wo diese Orte sind.</translation>
    </message>
    <message>
        <source>The charging history in the export is empty.</source>
        <translation>Die Ladehistorie im Export ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s), from %1 to %2.</source>
        <translation>
            <numerusform>Der Export enthält %Ln Ladevorgang, vom %1 bis %2.</numerusform>
            <numerusform>Der Export enthält %Ln Ladevorgänge, vom %1 bis %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s).</source>
        <translation>
            <numerusform>Der Export enthält %Ln Ladevorgang.</numerusform>
            <numerusform>Der Export enthält %Ln Ladevorgänge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln of them it knows where the car charged; Vitrine does not show the addresses.</source>
        <translation>
            <numerusform>Bei %Ln davon weiss er, wo das Auto geladen wurde. Vitrine zeigt die Adressen nicht.</numerusform>
            <numerusform>Bei %Ln davon weiss er, wo das Auto geladen wurde. Vitrine zeigt die Adressen nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging providers named: %1.</source>
        <translation>Genannte Ladeanbieter: %1.</translation>
    </message>
    <message>
        <source>The export names no connected service that is active.</source>
        <translation>Der Export nennt keinen aktiven vernetzten Dienst.</translation>
    </message>
    <message>
        <source>Connected services active: %1. These services send data from the car.</source>
        <translation>Aktive vernetzte Dienste: %1. Diese Dienste senden Daten aus dem Auto.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln route(s).</source>
        <translation>
            <numerusform>Ihr Auto hat %Ln Strecke gelernt.</numerusform>
            <numerusform>Ihr Auto hat %Ln Strecken gelernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Bitte warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Bitte warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
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
    <name>vitrine::Letter</name>
    <message>
        <source>Post: %1</source>
        <translation>Post: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Web form: %1</source>
        <translation>Webformular: %1</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office.</source>
        <translation>Uns ist kein Datenschutzkontakt bekannt: Senden Sie diesen Brief an den Sitz des Unternehmens.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker.</source>
        <translation>Uns ist kein Datenschutzkontakt bekannt: Senden Sie diesen Brief an den Sitz des Unternehmens oder fragen Sie den Autohersteller.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker, %1, to pass it on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Uns ist kein Datenschutzkontakt bekannt: Senden Sie diesen Brief an den Sitz des Unternehmens oder bitten Sie den Autohersteller, %1, ihn weiterzuleiten.</translation>
    </message>
    <message>
        <source>Request for information under %1</source>
        <comment>the letter&apos;s subject; %1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Auskunftsbegehren gemäss %1</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <comment>the letter&apos;s salutation</comment>
        <translation>Sehr geehrte Damen und Herren</translation>
    </message>
    <message>
        <source>Under %1, I ask you to tell me whether you process personal data about me, in particular data from or about my car:</source>
        <comment>%1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Gestützt auf %1 bitte ich Sie um Auskunft, ob Sie Personendaten über mich bearbeiten, insbesondere Daten aus meinem Auto oder über mein Auto:</translation>
    </message>
    <message>
        <source>If you do, please tell me, as %1 provides:</source>
        <comment>%1: the paragraph of the act, as in &quot;art. 25 para. 2 FADP&quot;</comment>
        <translation>Falls ja, teilen Sie mir bitte gemäss %1 Folgendes mit:</translation>
    </message>
    <message>
        <source>your identity and contact details as the controller;</source>
        <translation>Ihre Identität und Ihre Kontaktdaten als Verantwortlicher;</translation>
    </message>
    <message>
        <source>the personal data about me that you process;</source>
        <translation>die Personendaten über mich, die Sie bearbeiten;</translation>
    </message>
    <message>
        <source>what you process it for;</source>
        <translation>zu welchem Zweck Sie sie bearbeiten;</translation>
    </message>
    <message>
        <source>how long you keep it or, if that cannot be said, how you decide how long;</source>
        <translation>wie lange Sie sie aufbewahren oder, falls das nicht möglich ist, wie Sie diese Dauer festlegen;</translation>
    </message>
    <message>
        <source>what you know about where it came from, if you did not collect it from me;</source>
        <translation>was Sie über ihre Herkunft wissen, falls Sie sie nicht bei mir beschafft haben;</translation>
    </message>
    <message>
        <source>whether you take automated individual decisions with it and, if so, the logic they follow;</source>
        <translation>ob Sie damit automatisierte Einzelentscheidungen treffen und, falls ja, auf welcher Logik diese beruhen;</translation>
    </message>
    <message>
        <source>to whom you disclose it (the recipients or their categories) and, when it goes abroad, to which countries and with which safeguards.</source>
        <translation>wem Sie sie bekanntgeben (die Empfänger oder deren Kategorien) und, falls sie ins Ausland gehen, in welche Länder und mit welchen Garantien.</translation>
    </message>
    <message>
        <source>Your answer is due within 30 days of receiving this request (%1), and it is free of charge (%2).</source>
        <comment>%1: the article of the ordinance, as in &quot;art. 18 of the Data Protection Ordinance (DPO)&quot;; %2: as in &quot;art. 25 para. 6 FADP&quot;</comment>
        <translation>Die Auskunft ist innert 30 Tagen nach Eingang dieses Begehrens zu erteilen (%1) und ist kostenlos (%2).</translation>
    </message>
    <message>
        <source>As your company is established in the EU or the EEA, I also make this request under %1.</source>
        <comment>%1: as in &quot;art. 15 of the General Data Protection Regulation (GDPR)&quot;</comment>
        <translation>Da Ihr Unternehmen in der EU oder im EWR niedergelassen ist, stütze ich dieses Begehren auch auf %1.</translation>
    </message>
    <message>
        <source>If you need to confirm who I am, please tell me what you need. Please send your answer to the address at the top of this letter.</source>
        <translation>Falls Sie meine Identität prüfen müssen, teilen Sie mir bitte mit, was Sie dazu benötigen. Bitte senden Sie Ihre Antwort an die Adresse oben in diesem Brief.</translation>
    </message>
    <message>
        <source>From (please write your name and address by hand):</source>
        <translation>Absender (bitte Name und Adresse von Hand eintragen):</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>sender line to fill in</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Street and number</source>
        <comment>sender line to fill in</comment>
        <translation>Strasse und Nummer</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <comment>sender line to fill in</comment>
        <translation>PLZ und Ort</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>line to fill in</comment>
        <translation>Ort und Datum</translation>
    </message>
    <message>
        <source>Car:</source>
        <comment>in the letter</comment>
        <translation>Auto:</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN):</source>
        <translation>Fahrzeug-Identifizierungsnummer (VIN):</translation>
    </message>
    <message>
        <source>not in the data log</source>
        <translation>nicht im Datenprotokoll</translation>
    </message>
    <message>
        <source>The data log exported from my car shows the following about you:</source>
        <translation>Das aus meinem Auto exportierte Datenprotokoll zeigt über Sie Folgendes:</translation>
    </message>
    <message>
        <source>My car sent data to you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Mein Auto hat Ihnen %1 Daten gesendet.</translation>
    </message>
    <message>
        <source>Data from my car was passed on to you by another company %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Daten aus meinem Auto wurden Ihnen %1 von einem anderen Unternehmen weitergegeben.</translation>
    </message>
    <message>
        <source>My car received data from you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Mein Auto hat %1 Daten von Ihnen erhalten.</translation>
    </message>
    <message>
        <source>This was between %1 and %2.</source>
        <comment>two dates</comment>
        <translation>Dies geschah zwischen dem %1 und dem %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of data (how many times)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The kinds of data: %1.</source>
        <comment>%1: a list</comment>
        <translation>Datenarten: %1.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <comment>closing</comment>
        <translation>Freundliche Grüsse</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>line to sign on</comment>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Request for information (art. 25 %1) to %2</source>
        <comment>the page footer; %1: the act&apos;s abbreviation, %2: the recipient</comment>
        <translation>Auskunftsbegehren (Art. 25 %1) an %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>not in our list of organisations: no one known to address it to</source>
        <translation>nicht in unserer Liste der Organisationen: Wir wissen nicht, an wen der Brief gehen soll</translation>
    </message>
    <message>
        <source>the data log shows no data exchanged with it</source>
        <translation>das Datenprotokoll zeigt keinen Datenaustausch mit dieser Organisation</translation>
    </message>
    <message>
        <source>No letter to write: none of the recipients asked for is an organisation that the data log names.</source>
        <translation>Kein Brief zu schreiben: Keiner der angegebenen Empfänger ist eine Organisation, die im Datenprotokoll vorkommt.</translation>
    </message>
    <message>
        <source>Requests for information</source>
        <comment>the PDF&apos;s title</comment>
        <translation>Auskunftsbegehren</translation>
    </message>
    <message>
        <source>%1 – please write the full number by hand: it is the chassis number on your registration document</source>
        <comment>%1: the VIN with its middle hidden. The document&apos;s own words: &quot;Fahrgestell-Nr.&quot;, &quot;No de châssis&quot;, &quot;N. di telaio&quot;</comment>
        <translation>%1 – bitte die vollständige Nummer von Hand eintragen: Sie steht im Fahrzeugausweis unter «Fahrgestell-Nr.»</translation>
    </message>
</context>
<context>
    <name>vitrine::MediaLogModel</name>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies)</source>
        <translation>
            <numerusform>EU-Data-Act-Export von Volkswagen, %Ln Lieferung</numerusform>
            <numerusform>EU-Data-Act-Export von Volkswagen, %Ln Lieferungen</numerusform>
        </translation>
    </message>
    <message>
        <source>BMW CarData archive</source>
        <translation>BMW-CarData-Archiv</translation>
    </message>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies), %1</source>
        <translation>
            <numerusform>EU-Data-Act-Export von Volkswagen, %Ln Lieferung, %1</numerusform>
            <numerusform>EU-Data-Act-Export von Volkswagen, %Ln Lieferungen, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Print</name>
    <message>
        <source>The review is kept: print again once this is solved.</source>
        <translation>Die Überprüfung bleibt gespeichert: Drucken Sie erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is ready.</source>
        <translation>Der Drucker «%1» ist bereit.</translation>
    </message>
    <message>
        <source>The sheet was printed on &quot;%1&quot;.</source>
        <translation>Das Blatt wurde auf «%1» gedruckt.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not set up on this computer. Check the name of the printer in the kiosk&apos;s settings.</source>
        <translation>Der Drucker «%1» ist auf diesem Computer nicht eingerichtet. Prüfen Sie den Druckernamen in den Einstellungen des Terminals.</translation>
    </message>
    <message>
        <source>Several printers are set up and none of them is the default. Choose one in the kiosk&apos;s settings.</source>
        <translation>Es sind mehrere Drucker eingerichtet, aber keiner ist der Standarddrucker. Wählen Sie einen in den Einstellungen des Terminals.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>Der Druckdienst dieses Computers (CUPS) antwortet nicht.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is paused. Resume it (for example with: cupsenable %1).</source>
        <translation>Der Drucker «%1» ist angehalten. Aktivieren Sie ihn wieder (zum Beispiel mit: cupsenable %1).</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept print jobs at the moment. Let it accept them again (for example with: cupsaccept %1).</source>
        <translation>Der Drucker «%1» nimmt zurzeit keine Druckaufträge an. Lassen Sie ihn wieder Aufträge annehmen (zum Beispiel mit: cupsaccept %1).</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet this kiosk issued, or it was changed since. Nothing was printed.</source>
        <translation>Die Datei %1 ist kein Blatt, das dieses Terminal ausgestellt hat, oder sie wurde seither verändert. Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the sheet (%2).</source>
        <translation>Der Drucker «%1» hat das Blatt nicht angenommen (%2).</translation>
    </message>
    <message>
        <source>Printing on &quot;%1&quot; failed: the sheet did not come out.</source>
        <translation>Der Druck auf «%1» ist fehlgeschlagen: Das Blatt kam nicht heraus.</translation>
    </message>
    <message numerus="yes">
        <source>The printer &quot;%1&quot; did not finish within %n second(s), so the print was cancelled.</source>
        <translation>
            <numerusform>Der Drucker «%1» wurde nicht innert %n Sekunde fertig, darum wurde der Druck abgebrochen.</numerusform>
            <numerusform>Der Drucker «%1» wurde nicht innert %n Sekunden fertig, darum wurde der Druck abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>Der Drucker meldet: «%1».</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read (%2). Nothing was printed.</source>
        <translation>Das Blatt %1 kann nicht gelesen werden (%2). Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet (not a PDF file). Nothing was printed.</source>
        <translation>Die Datei %1 ist kein Blatt (keine PDF-Datei). Es wurde nichts gedruckt.</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Blatt zur Datenschutz-Überprüfung</translation>
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
        <source>&quot;%1&quot; is not a valid vehicle identification number (VIN).</source>
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
    <message>
        <source>This is not an ordinary file: it is a folder, a device or a pipe.</source>
        <translation>Das ist keine gewöhnliche Datei, sondern ein Ordner, ein Gerät oder eine Pipe.</translation>
    </message>
    <message>
        <source>%1, dataset %2: %3</source>
        <translation>%1, Datensatz %2: %3</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, Archiveintrag %2: %3</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>This holds several logs. Please import them one by one.</source>
        <translation>Hier liegen mehrere Protokolle. Bitte importieren Sie sie einzeln.</translation>
    </message>
    <message>
        <source>This holds the data of two cars (%1). Please import each car on its own.</source>
        <translation>Hier liegen die Daten von zwei Autos (%1). Bitte importieren Sie jedes Auto für sich.</translation>
    </message>
    <message>
        <source>The file is larger than a file of this kind can be.</source>
        <translation>Die Datei ist grösser, als eine Datei dieser Art sein kann.</translation>
    </message>
    <message>
        <source>Vitrine does not know this kind of file. It reads car data logs (VDFL), the Volkswagen group&apos;s EU Data Act exports and BMW CarData archives.</source>
        <translation>Vitrine kennt diese Art von Datei nicht. Es liest Datenprotokolle von Autos (VDFL), EU-Data-Act-Exporte des Volkswagen-Konzerns und BMW-CarData-Archive.</translation>
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
        <source>The data item &quot;%1&quot; is not a known kind of data.</source>
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
    <message>
        <source>The size (bytes) is larger than a log can hold: over 10^15 (1 PB).</source>
        <translation>Die Grösse (bytes) ist grösser, als ein Protokoll fassen kann: über 10^15 (1 PB).</translation>
    </message>
    <message>
        <source>The number of events (count) is larger than a log can hold: over 10^12.</source>
        <translation>Die Anzahl Ereignisse (count) ist grösser, als ein Protokoll fassen kann: über 10^12.</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be read.</source>
        <translation>Der Datensatz %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The dataset %1 holds no list of data.</source>
        <translation>Der Datensatz %1 enthält keine Liste von Daten.</translation>
    </message>
    <message>
        <source>%1 declares a document type. Vitrine does not read such files.</source>
        <translation>%1 deklariert einen Dokumenttyp. Vitrine liest solche Dateien nicht.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 ist beschädigt.</translation>
    </message>
    <message>
        <source>%1 is damaged from line %2 on. What came before was read.</source>
        <translation>%1 ist ab Zeile %2 beschädigt. Was davor stand, wurde gelesen.</translation>
    </message>
    <message>
        <source>%1 is nested too deep to be read.</source>
        <translation>%1 ist zu tief verschachtelt, um gelesen zu werden.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
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
        <translation>
            <numerusform>%Ln Zeile gelesen</numerusform>
            <numerusform>%Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <comment>flow picture: Location to HERE: about 300 times</comment>
        <translation>%1 nach %2: %3</translation>
    </message>
    <message>
        <source>Week of %1: nothing was recorded.</source>
        <translation>Woche vom %1: Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1: nothing was recorded.</source>
        <translation>%1: Es wurde nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Week of %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>Woche vom %1: Daten %2 aufgezeichnet (jede Art einzeln gezählt).</translation>
    </message>
    <message>
        <source>%1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>%1: Daten %2 aufgezeichnet (jede Art einzeln gezählt).</translation>
    </message>
    <message>
        <source>The busiest week began on %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>Die aktivste Woche begann am %1: Daten %2 aufgezeichnet (jede Art einzeln gezählt).</translation>
    </message>
    <message>
        <source>The busiest day was %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>Der aktivste Tag war der %1: Daten %2 aufgezeichnet (jede Art einzeln gezählt).</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n week(s) only.</source>
        <translation>
            <numerusform>Das Diagramm zeigt nur %n Woche, die letzte.</numerusform>
            <numerusform>Das Diagramm zeigt nur die letzten %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n day(s) only.</source>
        <translation>
            <numerusform>Das Diagramm zeigt nur %n Tag, den letzten.</numerusform>
            <numerusform>Das Diagramm zeigt nur die letzten %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first event is on %1, about %2 after the declared start (%3).</source>
        <translation>Das erste Ereignis ist vom %1, etwa %2 nach dem angegebenen Beginn (%3).</translation>
    </message>
    <message>
        <source>The last event is on %1, about %2 before the declared end (%3).</source>
        <translation>Das letzte Ereignis ist vom %1, etwa %2 vor dem angegebenen Ende (%3).</translation>
    </message>
    <message>
        <source>The file may be cut short: export it again if you can. The customer is told as well.</source>
        <translation>Die Datei ist vielleicht abgeschnitten: Exportieren Sie sie wenn möglich neu. Die Kundschaft wird ebenfalls informiert.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation>
            <numerusform>%Ln weiterer</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sheet</name>
    <message>
        <source>Privacy review of your car</source>
        <comment>title of the sheet</comment>
        <translation>Datenschutz-Überprüfung Ihres Autos</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <comment>the date of the review</comment>
        <translation>Überprüfung vom %1</translation>
    </message>
    <message>
        <source>The export does not say which period it covers.</source>
        <translation>Der Export gibt nicht an, welchen Zeitraum er umfasst.</translation>
    </message>
    <message>
        <source>The file holds no readable events.</source>
        <translation>Die Datei enthält keine lesbaren Ereignisse.</translation>
    </message>
    <message>
        <source>How many times your car recorded each kind of data, kept in the car or sent out. The most private kinds come first.</source>
        <translation>Wie oft Ihr Auto jede Datenart aufgezeichnet hat, ob im Auto behalten oder nach aussen gesendet. Die privatesten Datenarten stehen zuerst.</translation>
    </message>
    <message>
        <source>A row for each recipient. The numbers say about how many times each kind of data went to it; – means none.</source>
        <translation>Eine Zeile pro Empfänger. Die Zahlen geben an, wie oft jede Datenart ungefähr an ihn ging; – bedeutet nie.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>table column</comment>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Country and its data protection</source>
        <comment>table column</comment>
        <translation>Land und Datenschutz</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a table going on over the page</comment>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>At your next visit, this part of the sheet will show what has changed since today.</source>
        <translation>Bei Ihrem nächsten Besuch zeigt dieser Teil des Blatts, was sich seit heute geändert hat.</translation>
    </message>
    <message>
        <source>Your choices and the next steps</source>
        <translation>Ihre Auswahl und die nächsten Schritte</translation>
    </message>
    <message>
        <source>For each recipient, what you chose at the kiosk:</source>
        <translation>Was Sie am Terminal für jeden Empfänger gewählt haben:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient: the choices for it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You did not ask for any change today. That is fine: you can use your rights at any time, as explained below.</source>
        <translation>Sie haben heute keine Änderung gewünscht. Das ist in Ordnung: Sie können Ihre Rechte jederzeit wahrnehmen, wie unten erklärt.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Wie es weitergeht</translation>
    </message>
    <message>
        <source>Switch off:</source>
        <comment>next step</comment>
        <translation>Ausschalten:</translation>
    </message>
    <message>
        <source>in the car&apos;s settings or in the carmaker&apos;s app; your advisor can show you where. Some services may stop working.</source>
        <translation>in den Einstellungen des Autos oder in der App des Herstellers; Ihr Berater zeigt Ihnen, wo. Manche Dienste funktionieren danach vielleicht nicht mehr.</translation>
    </message>
    <message>
        <source>Ask to delete:</source>
        <comment>next step</comment>
        <translation>Löschung verlangen:</translation>
    </message>
    <message>
        <source>Ask for a copy:</source>
        <comment>next step</comment>
        <translation>Kopie verlangen:</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). As a rule the answer is free of charge and due within 30 days.</source>
        <translation>Schreiben Sie an den Datenschutzkontakt des Empfängers (siehe unten). Die Antwort ist in der Regel kostenlos und innert 30 Tagen fällig.</translation>
    </message>
    <message>
        <source>You send these requests yourself, by e-mail or by letter. No answer within 30 days? Write again, or turn to the FDPIC (see below).</source>
        <translation>Diese Anfragen senden Sie selbst, per E-Mail oder Brief. Keine Antwort innert 30 Tagen? Schreiben Sie nochmals oder wenden Sie sich an den EDÖB (siehe unten).</translation>
    </message>
    <message>
        <source>You can ask a recipient to correct wrong data, to delete data, or to stop using it or passing it on. Once you have objected, it may go on only with a reason the law accepts.</source>
        <translation>Sie können von einem Empfänger verlangen, falsche Daten zu berichtigen, Daten zu löschen oder sie nicht mehr zu verwenden oder weiterzugeben. Nach Ihrem Widerspruch darf er nur weitermachen, wenn er einen vom Gesetz anerkannten Grund hat.</translation>
    </message>
    <message>
        <source>How to use them.</source>
        <comment>a right, in bold</comment>
        <translation>So machen Sie sie geltend.</translation>
    </message>
    <message>
        <source>If you get no answer.</source>
        <comment>a right, in bold</comment>
        <translation>Wenn Sie keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>You can report it to the Federal Data Protection and Information Commissioner (FDPIC), Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. You can also enforce your rights before a civil court.</source>
        <comment>FDPIC: the official name in each language: EDÖB (Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter), PFPDT (Préposé fédéral à la protection des données et à la transparence), IFPDT (Incaricato federale della protezione dei dati e della trasparenza)</comment>
        <translation>Sie können dies dem Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) melden, Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. Sie können Ihre Rechte auch vor einem Zivilgericht durchsetzen.</translation>
    </message>
    <message>
        <source>Not known to us. Ask your carmaker who receives data at this address.</source>
        <translation>Uns nicht bekannt. Fragen Sie Ihren Autohersteller, wer die Daten an dieser Adresse empfängt.</translation>
    </message>
    <message>
        <source>Not known to us. Ask %1 who receives data at this address.</source>
        <comment>%1: the carmaker</comment>
        <translation>Uns nicht bekannt. Fragen Sie %1, wer die Daten an dieser Adresse empfängt.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. See the privacy notice on its website.</source>
        <translation>Uns ist kein Datenschutzkontakt bekannt. Lesen Sie die Datenschutzerklärung auf der Website des Unternehmens.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask your carmaker to pass your request on.</source>
        <translation>Uns ist kein Datenschutzkontakt bekannt. Bitten Sie Ihren Autohersteller, Ihre Anfrage weiterzuleiten.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask %1 to pass your request on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Uns ist kein Datenschutzkontakt bekannt. Bitten Sie %1, Ihre Anfrage weiterzuleiten.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>Post: %1</translation>
    </message>
    <message>
        <source>How to reach each recipient</source>
        <translation>So erreichen Sie die Empfänger</translation>
    </message>
    <message>
        <source>What this sheet cannot tell</source>
        <translation>Was dieses Blatt nicht zeigen kann</translation>
    </message>
    <message>
        <source>It shows only what the file exported from your car contains. Data that is not in this file, for example what your phone or its apps sent, does not appear here.</source>
        <translation>Es zeigt nur, was die aus Ihrem Auto exportierte Datei enthält. Daten, die nicht in dieser Datei sind, zum Beispiel was Ihr Telefon oder seine Apps gesendet haben, erscheinen hier nicht.</translation>
    </message>
    <message>
        <source>It cannot show what a recipient did with the data afterwards, nor to whom it passed it on later.</source>
        <translation>Es kann nicht zeigen, was ein Empfänger danach mit den Daten gemacht hat und an wen er sie später weitergegeben hat.</translation>
    </message>
    <message>
        <source>Who runs an address, and in which country, comes from our list of recipients of %1. An address that is not on it is shown as unknown, never guessed.</source>
        <translation>Wer hinter einer Adresse steht und in welchem Land, stammt aus unserer Empfängerliste vom %1. Eine Adresse, die nicht darin steht, gilt als unbekannt – wir raten nie.</translation>
    </message>
    <message>
        <source>How to check this sheet</source>
        <translation>So prüfen Sie dieses Blatt</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Prüfcode</translation>
    </message>
    <message>
        <source>none: this sheet was not registered</source>
        <translation>keiner: Dieses Blatt wurde nicht registriert</translation>
    </message>
    <message>
        <source>With this code, the dealer can confirm that this sheet is genuine. The square code holds the same.</source>
        <translation>Mit diesem Code kann die Garage bestätigen, dass dieses Blatt echt ist. Der quadratische Code enthält dasselbe.</translation>
    </message>
    <message>
        <source>Fingerprint of the imported file (SHA-256)</source>
        <translation>Fingerabdruck der importierten Datei (SHA-256)</translation>
    </message>
    <message>
        <source>The dealer kept only this fingerprint, not the file. The same file always gives the same fingerprint.</source>
        <translation>Die Garage hat nur diesen Fingerabdruck aufbewahrt, nicht die Datei. Die gleiche Datei ergibt immer den gleichen Fingerabdruck.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>The advisor</source>
        <translation>Berater</translation>
    </message>
    <message>
        <source>The advisor, %1</source>
        <comment>%1: the advisor&apos;s name</comment>
        <translation>Berater, %1</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht unterschrieben</translation>
    </message>
    <message>
        <source>Verification code %1</source>
        <translation>Prüfcode %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The demo&apos;s certificate could not be made: no temporary folder.</source>
        <translation>Das Demo-Zertifikat konnte nicht erstellt werden: kein temporärer Ordner.</translation>
    </message>
    <message>
        <source>The sheet cannot be signed: %1 See packaging/dealer-certificate.md to set up the dealer&apos;s certificate.</source>
        <translation>Das Blatt kann nicht signiert werden: %1 Siehe packaging/dealer-certificate.md, um das Zertifikat der Garage einzurichten.</translation>
    </message>
    <message>
        <source>There is no review to make a sheet of.</source>
        <translation>Es gibt keine Überprüfung, aus der ein Blatt erstellt werden kann.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the sheet cannot be kept.</source>
        <translation>Die Unterlagen des Terminals sind nicht geöffnet, deshalb kann das Blatt nicht aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The sheet cannot be written: the kiosk has no temporary folder.</source>
        <translation>Das Blatt kann nicht geschrieben werden: Das Terminal hat keinen temporären Ordner.</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>Das Blatt konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Blatt zur Datenschutz-Überprüfung</translation>
    </message>
    <message>
        <source>The sheet could not be signed: %1</source>
        <translation>Das Blatt konnte nicht signiert werden: %1</translation>
    </message>
    <message>
        <source>The letters cannot be written: the kiosk has no temporary folder.</source>
        <translation>Die Briefe können nicht geschrieben werden: Das Terminal hat keinen temporären Ordner.</translation>
    </message>
    <message>
        <source>Information request letters</source>
        <translation>Auskunftsbegehren</translation>
    </message>
    <message>
        <source>(The print could not be counted in the kiosk&apos;s records: %1)</source>
        <translation>(Der Druck konnte in den Unterlagen des Terminals nicht gezählt werden: %1)</translation>
    </message>
    <message>
        <source>This sheet was made without the dealer&apos;s records of earlier visits, so it cannot show what has changed since then.</source>
        <translation>Dieses Blatt wurde ohne die Unterlagen der Garage zu früheren Besuchen erstellt und kann daher nicht zeigen, was sich seither geändert hat.</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>what became of a sheet</comment>
        <translation>gedruckt</translation>
    </message>
    <message>
        <source>saved on a USB stick</source>
        <comment>what became of a sheet</comment>
        <translation>auf einem USB-Stick gespeichert</translation>
    </message>
    <message>
        <source>kept to print later</source>
        <comment>what became of a sheet</comment>
        <translation>für den späteren Druck aufbewahrt</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate, so it cannot sign sheets.</source>
        <translation>Dieses Terminal hat kein Garagenzertifikat und kann deshalb keine Blätter signieren.</translation>
    </message>
    <message>
        <source>This kiosk cannot sign sheets with its dealer certificate.</source>
        <translation>Dieses Terminal kann mit seinem Garagenzertifikat keine Blätter signieren.</translation>
    </message>
    <message>
        <source>The dealer certificate expires today, %1.</source>
        <translation>Das Garagenzertifikat läuft heute ab, am %1.</translation>
    </message>
    <message numerus="yes">
        <source>The dealer certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Das Garagenzertifikat läuft am %1 ab, in %n Tag.</numerusform>
            <numerusform>Das Garagenzertifikat läuft am %1 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>After that day the kiosk cannot sign sheets. Renew the certificate in %1 before then, as packaging/dealer-certificate.md explains.</source>
        <translation>Nach diesem Tag kann das Terminal keine Blätter mehr signieren. Erneuern Sie das Zertifikat in %1 vorher, wie es packaging/dealer-certificate.md erklärt.</translation>
    </message>
    <message>
        <source>Your sheet is printed. Please take it from the printer.</source>
        <translation>Ihr Blatt ist gedruckt. Bitte nehmen Sie es beim Drucker.</translation>
    </message>
    <message>
        <source>The printer cannot be reached at the moment.</source>
        <translation>Der Drucker ist im Moment nicht erreichbar.</translation>
    </message>
    <message>
        <source>The printer is not taking sheets at the moment.</source>
        <translation>Der Drucker nimmt im Moment keine Blätter an.</translation>
    </message>
    <message>
        <source>The printer did not print your sheet.</source>
        <translation>Der Drucker hat Ihr Blatt nicht gedruckt.</translation>
    </message>
    <message>
        <source>Your sheet could not be sent to the printer.</source>
        <translation>Ihr Blatt konnte nicht an den Drucker geschickt werden.</translation>
    </message>
    <message>
        <source>Please plug your USB stick into the kiosk now. If it is in already, take it out and plug it in again.</source>
        <translation>Bitte stecken Sie jetzt Ihren USB-Stick ins Terminal. Steckt er schon, ziehen Sie ihn heraus und stecken Sie ihn wieder ein.</translation>
    </message>
    <message>
        <source>Saving your sheet on your USB stick.</source>
        <translation>Ihr Blatt wird auf Ihrem USB-Stick gespeichert.</translation>
    </message>
    <message>
        <source>Saved on your USB stick as %1. You can take the stick out now.</source>
        <translation>Auf Ihrem USB-Stick gespeichert als %1. Sie können den Stick jetzt herausziehen.</translation>
    </message>
    <message>
        <source>No USB stick was found.</source>
        <translation>Es wurde kein USB-Stick gefunden.</translation>
    </message>
    <message>
        <source>Your USB stick does not take new files. It may be locked.</source>
        <translation>Ihr USB-Stick nimmt keine neuen Dateien an. Vielleicht ist er gesperrt.</translation>
    </message>
    <message>
        <source>Your USB stick is full. Free some space, or use another one.</source>
        <translation>Ihr USB-Stick ist voll. Schaffen Sie Platz oder nehmen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Your sheet could not be saved on the USB stick.</source>
        <translation>Ihr Blatt konnte nicht auf dem USB-Stick gespeichert werden.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and will print it for you.</source>
        <translation>Ihr Berater bewahrt Ihr Blatt auf und druckt es für Sie.</translation>
    </message>
    <message>
        <source>Your sheet could not be kept. Please call your advisor.</source>
        <translation>Ihr Blatt konnte nicht aufbewahrt werden. Bitte rufen Sie Ihren Berater.</translation>
    </message>
    <message>
        <source>No free verification code could be drawn.</source>
        <translation>Es konnte kein freier Prüfcode gezogen werden.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open.</source>
        <translation>Die Unterlagen des Terminals sind nicht geöffnet.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <comment>when a print failed, why</comment>
        <translation>Um %1: %2</translation>
    </message>
    <message>
        <source>The letters are printed.</source>
        <translation>Die Briefe sind gedruckt.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer cannot be used at the moment.</source>
        <translation>Die Briefe konnten nicht gedruckt werden: Der Drucker ist im Moment nicht verfügbar.</translation>
    </message>
    <message>
        <source>The sheet %1 was printed, but the kiosk&apos;s records could not count it: %2</source>
        <translation>Das Blatt %1 wurde gedruckt, aber die Unterlagen des Terminals konnten es nicht zählen: %2</translation>
    </message>
    <message>
        <source>For a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1 as packaging/dealer-certificate.md explains. Then tap Check again.</source>
        <translation>Für einen Test erstellen Sie eines mit «vitrine-cli cert init --nss-dir %1 --name NAME». Für die Garage importieren Sie ihre PKCS#12-Datei in %1, wie es packaging/dealer-certificate.md erklärt. Tippen Sie dann auf Erneut prüfen.</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate yet, so it cannot sign the sheet. Advisor: for a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1, as packaging/dealer-certificate.md explains. Then try again.</source>
        <translation>Dieses Terminal hat noch kein Garagenzertifikat und kann das Blatt deshalb nicht signieren. Berater: Für einen Test erstellen Sie eines mit «vitrine-cli cert init --nss-dir %1 --name NAME». Für die Garage importieren Sie ihre PKCS#12-Datei in %1, wie packaging/dealer-certificate.md erklärt. Versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>“Adequate protection” means that Switzerland recognises the country&apos;s data protection as adequate. These countries are listed in Annex 1 of the Data Protection Ordinance (as of %1). In the USA, this holds only for companies certified under the Swiss-US Data Privacy Framework (DPF). Data sent to other countries needs extra safeguards, such as special contracts, or your consent.</source>
        <translation>«Angemessener Schutz» heisst, dass die Schweiz den Datenschutz des Landes als angemessen anerkennt. Diese Länder stehen in Anhang 1 der Datenschutzverordnung (Stand %1). In den USA gilt das nur für Unternehmen, die nach dem Swiss-US Data Privacy Framework (DPF) zertifiziert sind. Werden Daten in andere Länder gesendet, braucht es zusätzliche Garantien, etwa besondere Verträge, oder Ihre Einwilligung.</translation>
    </message>
    <message>
        <source>Your rights under the Swiss data protection act (FADP)</source>
        <translation>Ihre Rechte nach dem Schweizer Datenschutzgesetz (DSG)</translation>
    </message>
    <message>
        <source>Right to information (art. 25 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Auskunftsrecht (Art. 25 DSG).</translation>
    </message>
    <message>
        <source>You can ask any recipient whether it holds data about you and your car. If it does, it must tell you which data, what it is used for and how long it is kept. It must also say where the data came from and to whom it passed it on, including in which countries. As a rule the answer is free of charge and due within 30 days (art. 18 and 19 DPO).</source>
        <comment>DPO: the Data Protection Ordinance (DSV, OPDo, OPDa)</comment>
        <translation>Sie können jeden Empfänger fragen, ob er Daten über Sie und Ihr Auto hat. Wenn ja, muss er Ihnen sagen, welche Daten es sind, wofür er sie verwendet und wie lange er sie aufbewahrt. Er muss auch sagen, woher die Daten stammen und an wen er sie weitergegeben hat, auch in welche Länder. Die Antwort ist in der Regel kostenlos und innert 30 Tagen fällig (Art. 18 und 19 DSV).</translation>
    </message>
    <message>
        <source>Correction, deletion, objection (art. 30 and 32 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Berichtigung, Löschung, Widerspruch (Art. 30 und 32 DSG).</translation>
    </message>
    <message>
        <source>Write to the recipient&apos;s privacy contact listed below, by e-mail or by letter. Say who you are and give your car&apos;s full VIN, so that the recipient can find the data. The VIN is the chassis number on your registration document. The recipient may ask you to prove who you are. Keep a copy of what you send.</source>
        <comment>The registration document&apos;s own words for the VIN: &quot;Fahrgestell-Nr.&quot; in the Fahrzeugausweis, &quot;No de châssis&quot; in the permis de circulation, &quot;N. di telaio&quot; in the licenza di circolazione</comment>
        <translation>Schreiben Sie dem unten genannten Datenschutzkontakt des Empfängers, per E-Mail oder Brief. Sagen Sie, wer Sie sind, und geben Sie die vollständige VIN Ihres Autos an, damit der Empfänger die Daten finden kann. Die VIN steht im Fahrzeugausweis unter «Fahrgestell-Nr.». Der Empfänger kann Sie bitten, Ihre Identität nachzuweisen. Behalten Sie eine Kopie von allem, was Sie senden.</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). The recipient must delete the data unless the law gives it a reason to keep it.</source>
        <translation>Schreiben Sie an den Datenschutzkontakt des Empfängers (siehe unten). Der Empfänger muss die Daten löschen, ausser das Gesetz gibt ihm einen Grund, sie aufzubewahren.</translation>
    </message>
    <message>
        <source>This sheet could not be read from the kiosk&apos;s records. %1</source>
        <translation>Dieses Blatt konnte nicht aus den Daten des Terminals gelesen werden. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read and are not counted here.</source>
        <translation>
            <numerusform>%Ln Zeile der Datei konnte nicht gelesen werden und ist hier nicht mitgezählt.</numerusform>
            <numerusform>%Ln Zeilen der Datei konnten nicht gelesen werden und sind hier nicht mitgezählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sign</name>
    <message>
        <source>The certificate database in %1 is protected by a password: please give it.</source>
        <translation>Die Zertifikatsdatenbank in %1 ist mit einem Passwort geschützt: Bitte geben Sie es an.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database in %1.</source>
        <translation>Das Passwort öffnet die Zertifikatsdatenbank in %1 nicht.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>Der Zertifikatsordner %1 enthält kein Zertifikat namens «%2».</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 has no private key there, so it cannot sign.</source>
        <translation>Zum Zertifikat «%1» gibt es in %2 keinen privaten Schlüssel, darum kann es nicht signieren.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid from %2 to %3 only: it cannot sign today.</source>
        <translation>Das Zertifikat «%1» ist nur vom %2 bis %3 gültig: Es kann heute nicht signieren.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 kann nicht als PDF gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Im Ordner %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Digitally signed by %1
%2</source>
        <comment>stamp on the sheet: two lines, the dealer&apos;s name then the date</comment>
        <translation>Digital signiert von %1
%2</translation>
    </message>
    <message>
        <source>Poppler could not sign %1 with the certificate &quot;%2&quot;.</source>
        <translation>Poppler konnte %1 nicht mit dem Zertifikat «%2» signieren.</translation>
    </message>
    <message>
        <source>The signed file could not be written completely in %1.</source>
        <translation>Die signierte Datei konnte nicht vollständig in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot put the signed file in place as %1.</source>
        <translation>Die signierte Datei kann nicht als %1 abgelegt werden.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a verification code.</source>
        <translation>«%1» ist kein Prüfcode.</translation>
    </message>
    <message>
        <source>The sheet&apos;s fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>Der Fingerabdruck des Blatts ist kein SHA-256 (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The sheet&apos;s language &quot;%1&quot; is not one the kiosk speaks.</source>
        <translation>Das Terminal spricht die Sprache «%1» des Blatts nicht.</translation>
    </message>
    <message>
        <source>There is no import %1 for this sheet.</source>
        <translation>Für dieses Blatt gibt es keinen Import %1.</translation>
    </message>
    <message>
        <source>The verification code %1 is already used.</source>
        <translation>Der Prüfcode %1 ist bereits vergeben.</translation>
    </message>
    <message>
        <source>No sheet has the verification code %1.</source>
        <translation>Kein Blatt hat den Prüfcode %1.</translation>
    </message>
    <message>
        <source>The file to keep is not the sheet %1.</source>
        <translation>Die aufzubewahrende Datei ist nicht das Blatt %1.</translation>
    </message>
    <message>
        <source>The database is damaged, so what it keeps cannot be read. Restore it from the backup.</source>
        <translation>Die Datenbank ist beschädigt, ihr Inhalt kann nicht gelesen werden. Stellen Sie sie aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database file is empty: what it kept is lost. Restore it from the backup.</source>
        <translation>Die Datenbankdatei ist leer, ihr Inhalt ist verloren. Stellen Sie sie aus der Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>vitrine::Vault</name>
    <message>
        <source>The kiosk has no folder to keep its data in.</source>
        <translation>Das Terminal hat keinen Ordner, um seine Daten abzulegen.</translation>
    </message>
    <message>
        <source>The kiosk cannot create its data folder %1.</source>
        <translation>Das Terminal kann seinen Datenordner %1 nicht erstellen.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Bitte geben Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>Die PIN braucht %1 bis %2 Ziffern.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please choose the PIN again.</source>
        <translation>Die beiden PINs stimmen nicht überein. Bitte wählen Sie die PIN noch einmal.</translation>
    </message>
    <message>
        <source>This passphrase does not open the kiosk&apos;s records. Please check it and try again.</source>
        <translation>Diese Passphrase öffnet die Daten des Terminals nicht. Bitte prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be opened. %1</source>
        <translation>Die Daten des Terminals konnten nicht geöffnet werden. %1</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>Die PIN konnte nicht gespeichert werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>One digit repeated, like 1111, is too easy to guess. Please choose another PIN.</source>
        <translation>Eine einzige wiederholte Ziffer wie 1111 ist zu leicht zu erraten. Bitte wählen Sie eine andere PIN.</translation>
    </message>
    <message>
        <source>Digits in a row, like 1234 or 4321, are too easy to guess. Please choose another PIN.</source>
        <translation>Ziffern der Reihe nach wie 1234 oder 4321 sind zu leicht zu erraten. Bitte wählen Sie eine andere PIN.</translation>
    </message>
    <message>
        <source>A group of digits repeated, like 1212, is too easy to guess. Please choose another PIN.</source>
        <translation>Eine wiederholte Zifferngruppe wie 1212 ist zu leicht zu erraten. Bitte wählen Sie eine andere PIN.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged and cannot be read. Please restore them from the backup.</source>
        <translation>Die Daten des Terminals sind beschädigt und können nicht gelesen werden. Bitte stellen Sie sie aus der Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>vitrine::Verify</name>
    <message>
        <source>This program already uses the certificate folder %1 and cannot switch to %2 without restarting.</source>
        <translation>Dieses Programm verwendet bereits den Zertifikatsordner %1 und kann ohne Neustart nicht zu %2 wechseln.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>In %1 gibt es keine Zertifikatsdatenbank.</translation>
    </message>
    <message>
        <source>The certificate database in %1 could not be opened.</source>
        <translation>Die Zertifikatsdatenbank in %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>einer unbekannten Person</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since. It matches the sheet %3 that this kiosk issued on %4.</source>
        <translation>Dieses Blatt ist echt. Es wurde am %2 von %1 signiert und seither nicht verändert. Es entspricht dem Blatt %3, das dieses Terminal am %4 ausgestellt hat.</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since.</source>
        <translation>Dieses Blatt ist echt. Es wurde am %2 von %1 signiert und seither nicht verändert.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF sheet, so it cannot be checked.</source>
        <translation>Diese Datei lässt sich nicht als PDF-Blatt lesen und kann darum nicht geprüft werden.</translation>
    </message>
    <message>
        <source>This sheet has no digital signature, so nothing shows that it is genuine. Please ask the dealer for a signed copy.</source>
        <translation>Dieses Blatt hat keine digitale Signatur, also belegt nichts, dass es echt ist. Bitte verlangen Sie bei der Garage eine signierte Kopie.</translation>
    </message>
    <message>
        <source>This sheet was changed after it was signed. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>Dieses Blatt wurde nach der Signatur verändert. Verlassen Sie sich nicht darauf; bitte verlangen Sie bei der Garage eine neue Kopie.</translation>
    </message>
    <message>
        <source>The signature of this sheet is damaged and could not be checked. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>Die Signatur dieses Blatts ist beschädigt und konnte nicht geprüft werden. Verlassen Sie sich nicht darauf; bitte verlangen Sie bei der Garage eine neue Kopie.</translation>
    </message>
    <message>
        <source>Something was added to this sheet after it was signed. The signed part is intact, but the file as a whole is not the one that was signed.</source>
        <translation>Nach der Signatur wurde diesem Blatt etwas hinzugefügt. Der signierte Teil ist unverändert, aber die Datei als Ganzes ist nicht die, die signiert wurde.</translation>
    </message>
    <message>
        <source>This sheet is signed in the name of %1, but not with the certificate this kiosk knows. It may not come from this dealer.</source>
        <translation>Dieses Blatt ist im Namen von %1 signiert, aber nicht mit dem Zertifikat, das dieses Terminal kennt. Es stammt vielleicht nicht von dieser Garage.</translation>
    </message>
    <message>
        <source>This sheet is signed by %1, but the certificate it was signed with was expired or withdrawn at the time. Do not rely on it.</source>
        <translation>Dieses Blatt ist von %1 signiert, aber das verwendete Zertifikat war damals abgelaufen oder widerrufen. Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of this sheet.</source>
        <translation>Die Signatur ist in Ordnung, aber dieses Terminal hat keinen Eintrag zu diesem Blatt.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of the verification code %1. Please check the code.</source>
        <translation>Die Signatur ist in Ordnung, aber dieses Terminal kennt den Prüfcode %1 nicht. Bitte prüfen Sie den Code.</translation>
    </message>
    <message>
        <source>The signature is in order, but this file is not the sheet this kiosk issued with the verification code %1.</source>
        <translation>Die Signatur ist in Ordnung, aber diese Datei ist nicht das Blatt, das dieses Terminal mit dem Prüfcode %1 ausgestellt hat.</translation>
    </message>
    <message>
        <source>Not checked: the file cannot be read.</source>
        <translation>Nicht geprüft: Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No digital signature.</source>
        <translation>Keine digitale Signatur.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>Die Signatur ist gültig.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>Die Signatur ist ungültig.</translation>
    </message>
    <message>
        <source>The signed content was changed after signing.</source>
        <translation>Der signierte Inhalt wurde nach der Signatur verändert.</translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation>Die Signatur ist beschädigt.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>Die Signatur konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The signature was not checked.</source>
        <translation>Die Signatur wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Kein Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate is trusted by this kiosk.</source>
        <translation>Dieses Terminal vertraut dem Zertifikat.</translation>
    </message>
    <message>
        <source>The certificate comes from an issuer this kiosk does not trust.</source>
        <translation>Das Zertifikat stammt von einem Aussteller, dem dieses Terminal nicht vertraut.</translation>
    </message>
    <message>
        <source>The certificate is not one this kiosk knows.</source>
        <translation>Dieses Terminal kennt das Zertifikat nicht.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Das Zertifikat wurde widerrufen.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time.</source>
        <translation>Das Zertifikat war zum Zeitpunkt der Signatur nicht gültig.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>Das Zertifikat konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The certificate was not checked.</source>
        <translation>Das Zertifikat wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Nothing is signed.</source>
        <translation>Nichts ist signiert.</translation>
    </message>
    <message>
        <source>The signature covers the whole file.</source>
        <translation>Die Signatur deckt die ganze Datei ab.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after signing.</source>
        <translation>Die Signatur deckt nicht die ganze Datei ab: Nach der Signatur wurde etwas hinzugefügt.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Die Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF that can be read.</source>
        <translation>Die Datei %1 ist kein lesbares PDF.</translation>
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
        <source>Unknown language &quot;%1&quot;: use fr, de, it or en.</source>
        <translation>Unbekannte Sprache «%1»: Verwenden Sie fr, de, it oder en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>Keine Passphrase: Setzen Sie VITRINE_PASSPHRASE oder starten Sie im Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk&apos;s store: </source>
        <translation>Passphrase für den Speicher des Terminals: </translation>
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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl «%1».</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file.</source>
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
        <source>Keeps a log&apos;s summary in the encrypted store.</source>
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
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln Zeile gelesen</numerusform>
            <numerusform>%Ln Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln abgelehnt</numerusform>
            <numerusform>%Ln abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS).</source>
        <translation>Der Ordner der Zertifikatsdatenbank des Terminals (NSS).</translation>
    </message>
    <message>
        <source>The certificate&apos;s name in the database (default: %1).</source>
        <translation>Der Name des Zertifikats in der Datenbank (Standard: %1).</translation>
    </message>
    <message>
        <source>A file whose first line is the certificate database&apos;s password (else VITRINE_NSS_PASSWORD; none when neither is set).</source>
        <translation>Eine Datei, deren erste Zeile das Passwort der Zertifikatsdatenbank ist (sonst VITRINE_NSS_PASSWORD; keines, wenn beides fehlt).</translation>
    </message>
    <message>
        <source>Nickname: %1</source>
        <translation>Kurzname: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Inhaber: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>es selbst (selbstsigniert)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (Swiss time)</source>
        <translation>Gültig vom %1 bis %2 (Schweizer Zeit)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>locked (give the database&apos;s password to check)</source>
        <translation>gesperrt (zum Prüfen das Passwort der Datenbank angeben)</translation>
    </message>
    <message>
        <source>present: this kiosk can sign with it</source>
        <translation>vorhanden: Dieses Terminal kann damit signieren</translation>
    </message>
    <message>
        <source>missing: this kiosk cannot sign with it</source>
        <translation>fehlt: Dieses Terminal kann damit nicht signieren</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Privater Schlüssel: %1</translation>
    </message>
    <message>
        <source>Makes a self-signed dealer certificate, for a demo or a test.</source>
        <translation>Erstellt ein selbstsigniertes Garagenzertifikat für eine Demo oder einen Test.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, as the sheet&apos;s signature shows it.</source>
        <translation>Der Name der Garage, wie ihn die Signatur des Blatts zeigt.</translation>
    </message>
    <message>
        <source>How many years it is valid (default: 5).</source>
        <translation>Gültigkeit in Jahren (Standard: 5).</translation>
    </message>
    <message>
        <source>Replace a certificate that has the same nickname.</source>
        <translation>Ein Zertifikat mit demselben Kurznamen ersetzen.</translation>
    </message>
    <message>
        <source>Give the dealer&apos;s name with --name.</source>
        <translation>Geben Sie den Namen der Garage mit --name an.</translation>
    </message>
    <message>
        <source>--years needs a whole number of years.</source>
        <translation>--years braucht eine ganze Zahl von Jahren.</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for &quot;%1&quot; in %2.</source>
        <translation>Selbstsigniertes Zertifikat für «%1» in %2 erstellt.</translation>
    </message>
    <message>
        <source>It is meant for a demo or a test: a dealer imports its real certificate instead (see packaging/dealer-certificate.md).</source>
        <translation>Es ist für eine Demo oder einen Test gedacht: Eine Garage importiert stattdessen ihr echtes Zertifikat (siehe packaging/dealer-certificate.md).</translation>
    </message>
    <message>
        <source>The certificate database has no password: anyone who can read the folder can sign as this dealer.</source>
        <translation>Die Zertifikatsdatenbank hat kein Passwort: Wer den Ordner lesen kann, kann im Namen dieser Garage signieren.</translation>
    </message>
    <message>
        <source>Shows the dealer certificate the kiosk signs with.</source>
        <translation>Zeigt das Garagenzertifikat, mit dem das Terminal signiert.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
       vitrine-cli cert show --nss-dir DIR</source>
        <translation>Aufruf: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
        vitrine-cli cert show --nss-dir DIR</translation>
    </message>
    <message>
        <source>Signs a PDF with the dealer&apos;s certificate.</source>
        <translation>Signiert ein PDF mit dem Zertifikat der Garage.</translation>
    </message>
    <message>
        <source>Sign without drawing a stamp.</source>
        <translation>Signieren, ohne einen Stempel zu zeichnen.</translation>
    </message>
    <message>
        <source>The signature&apos;s reason.</source>
        <translation>Der Grund der Signatur.</translation>
    </message>
    <message>
        <source>The signature&apos;s location.</source>
        <translation>Der Ort der Signatur.</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>Das zu signierende PDF.</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>Das zu schreibende signierte PDF.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Signed %1 as %2.</source>
        <translation>%1 signiert und als %2 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: its first line should be the secret.</source>
        <translation>Die Datei %1 ist leer: In der ersten Zeile sollte das Geheimnis stehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recipient without a letter (the reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language of the letters.</source>
        <translation>Sprache der Briefe.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Das zu schreibende PDF.</translation>
    </message>
    <message>
        <source>A recipient to write to: org:ID, a catalogue id or a host (may be given several times).</source>
        <translation>Ein Empfänger, dem geschrieben wird: org:ID, eine Katalog-ID oder ein Host (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Write to every known organisation that the log names.</source>
        <translation>An jede bekannte Organisation schreiben, die das Protokoll nennt.</translation>
    </message>
    <message>
        <source>Print the VIN in full (by default it is masked, with a line to write it in by hand).</source>
        <translation>Die VIN vollständig drucken (standardmässig ist sie maskiert, mit einer Linie, um sie von Hand einzutragen).</translation>
    </message>
    <message>
        <source>Say whom to write to: --recipient ID (once or more) or --all.</source>
        <translation>Geben Sie an, wem geschrieben werden soll: --recipient ID (ein- oder mehrmals) oder --all.</translation>
    </message>
    <message>
        <source>No letter for: %1.</source>
        <translation>Kein Brief für: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1.</source>
        <translation>
            <numerusform>%n Brief in %1 geschrieben.</numerusform>
            <numerusform>%n Briefe in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the sheet.</source>
        <translation>Sprache des Blatts.</translation>
    </message>
    <message>
        <source>The dealer&apos;s address (\n between lines).</source>
        <translation>Die Adresse der Garage (\n zwischen den Zeilen).</translation>
    </message>
    <message>
        <source>The advisor&apos;s name, under the signature.</source>
        <translation>Der Name des Beraters, unter der Unterschrift.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n Seite in %1 geschrieben.</numerusform>
            <numerusform>%n Seiten in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked (give --db to look it up in the kiosk&apos;s records)</source>
        <translation>nicht geprüft (mit --db in den Unterlagen des Terminals nachschlagen)</translation>
    </message>
    <message>
        <source>found in the kiosk&apos;s records</source>
        <translation>in den Unterlagen des Terminals gefunden</translation>
    </message>
    <message>
        <source>not found in the kiosk&apos;s records</source>
        <translation>in den Unterlagen des Terminals nicht gefunden</translation>
    </message>
    <message>
        <source>issued for another file</source>
        <translation>für eine andere Datei ausgestellt</translation>
    </message>
    <message>
        <source>Checks that a privacy review sheet is genuine.</source>
        <translation>Prüft, ob ein Blatt zur Datenschutz-Überprüfung echt ist.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file, to match the sheet&apos;s verification code against its records.</source>
        <translation>Die Datei des verschlüsselten Speichers, um den Prüfcode des Blatts mit seinen Einträgen abzugleichen.</translation>
    </message>
    <message>
        <source>A file whose first line is the store&apos;s passphrase (else VITRINE_PASSPHRASE, or asked).</source>
        <translation>Eine Datei, deren erste Zeile die Passphrase des Speichers ist (sonst VITRINE_PASSPHRASE oder Abfrage).</translation>
    </message>
    <message>
        <source>The verification code as printed on the paper sheet (else the one in the file).</source>
        <translation>Der Prüfcode, wie er auf dem Papierblatt gedruckt ist (sonst der in der Datei).</translation>
    </message>
    <message>
        <source>The sheet to check.</source>
        <translation>Das zu prüfende Blatt.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>In %1 gibt es keine Zertifikatsdatenbank.</translation>
    </message>
    <message>
        <source>The check could not be written to the audit trail: %1</source>
        <translation>Die Prüfung konnte nicht ins Prüfprotokoll geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signiert am:</translation>
    </message>
    <message>
        <source>%1 (Swiss time)</source>
        <translation>%1 (Schweizer Zeit)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Abdeckung:</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Prüfcode:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none on the sheet; the file is the sheet %1 in the kiosk&apos;s records</source>
        <translation>keiner auf dem Blatt; die Datei ist das Blatt %1 in den Unterlagen des Terminals</translation>
    </message>
    <message>
        <source>none found on the sheet</source>
        <translation>keiner auf dem Blatt gefunden</translation>
    </message>
    <message>
        <source>See: vitrine-cli sheet --help</source>
        <translation>Siehe: vitrine-cli sheet --help</translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS), to sign the sheet.</source>
        <translation>Der Ordner der Zertifikatsdatenbank des Terminals (NSS), um das Blatt zu signieren.</translation>
    </message>
    <message>
        <source>Write an unsigned draft instead (no --nss-dir, no --db): it is not a sheet to hand out.</source>
        <translation>Stattdessen einen unsignierten Entwurf schreiben (ohne --nss-dir und --db): Er ist kein Blatt zum Aushändigen.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: keep the log&apos;s summary and the sheet, and compare with the car&apos;s previous review.</source>
        <translation>Die Datei des verschlüsselten Speichers: Zusammenfassung des Protokolls und Blatt ablegen und mit der vorherigen Überprüfung des Autos vergleichen.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, printed at the top (default: the certificate&apos;s name).</source>
        <translation>Der Name der Garage, oben gedruckt (Standard: der Name im Zertifikat).</translation>
    </message>
    <message>
        <source>The verification code to print (default: a new one; not with --db, where the store&apos;s code is printed).</source>
        <translation>Der zu druckende Prüfcode (Standard: ein neuer; nicht mit --db, dort wird der Code des Speichers gedruckt).</translation>
    </message>
    <message>
        <source>The sheet is signed with the dealer&apos;s certificate: give --nss-dir DIR (make a demo certificate with: vitrine-cli cert init), or --unsigned for an unsigned draft.</source>
        <translation>Das Blatt wird mit dem Zertifikat der Garage signiert: Geben Sie --nss-dir DIR an oder --unsigned für einen unsignierten Entwurf. Ein Demo-Zertifikat erstellen Sie mit: vitrine-cli cert init.</translation>
    </message>
    <message>
        <source>--unsigned writes a draft that is neither signed nor kept: it goes without --nss-dir and --db.</source>
        <translation>--unsigned schreibt einen Entwurf, der weder signiert noch abgelegt wird: ohne --nss-dir und --db verwenden.</translation>
    </message>
    <message>
        <source>--passphrase-file goes with --db.</source>
        <translation>--passphrase-file gehört zu --db.</translation>
    </message>
    <message>
        <source>With --db the store gives the verification code: drop --code.</source>
        <translation>Mit --db liefert der Speicher den Prüfcode: Lassen Sie --code weg.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code (like K7QF-3MZD-9W).</source>
        <translation>«%1» ist kein Prüfcode (Beispiel: K7QF-3MZD-9W).</translation>
    </message>
    <message>
        <source>Warning: this draft is not signed and not recorded; it is not a sheet to hand to a customer.</source>
        <translation>Achtung: Dieser Entwurf ist weder signiert noch registriert; er ist kein Blatt für die Kundschaft.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1. Make a demo certificate with: vitrine-cli cert init --nss-dir %1 --name NAME</source>
        <translation>In %1 gibt es keine Zertifikatsdatenbank. Erstellen Sie ein Demo-Zertifikat mit: vitrine-cli cert init --nss-dir %1 --name NAME</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Blatt zur Datenschutz-Überprüfung</translation>
    </message>
    <message>
        <source>The sheet could not be recorded: %1</source>
        <translation>Das Blatt konnte nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>No free verification code was found.</source>
        <translation>Es wurde kein freier Prüfcode gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the signed sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Signiertes Blatt (%n Seite) in %1 geschrieben.</numerusform>
            <numerusform>Signiertes Blatt (%n Seiten) in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Prüfcode: %1</translation>
    </message>
    <message>
        <source>Not kept in a store (no --db): checking the sheet shows whether its signature is genuine, not whether this kiosk issued it.</source>
        <translation>Nicht in einem Speicher abgelegt (kein --db): Eine Prüfung des Blatts zeigt, ob seine Signatur echt ist, aber nicht, ob dieses Terminal es ausgestellt hat.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): the sheet belongs to that import.</source>
        <translation>%1 wurde bereits am %2 importiert (Import %3): Das Blatt gehört zu diesem Import.</translation>
    </message>
    <message>
        <source>The sheet compares with the previous review, of %1 (import %2).</source>
        <translation>Das Blatt vergleicht mit der vorherigen Überprüfung vom %1 (Import %2).</translation>
    </message>
    <message>
        <source>This is the first review of this car in the store.</source>
        <translation>Dies ist die erste Überprüfung dieses Autos im Speicher.</translation>
    </message>
    <message>
        <source>Kept as sheet %1 in %2: vitrine-cli verify --db finds its verification code.</source>
        <translation>Als Blatt %1 in %2 abgelegt: vitrine-cli verify --db findet seinen Prüfcode.</translation>
    </message>
    <message>
        <source>Prints a signed sheet through the computer&apos;s printing service (CUPS): the PDF file itself is sent, and the command waits until the printer is done. A failed print changes nothing: print again.</source>
        <translation>Druckt ein signiertes Blatt über den Druckdienst des Computers (CUPS): Die PDF-Datei selbst wird gesendet, und der Befehl wartet, bis der Drucker fertig ist. Ein fehlgeschlagener Druck ändert nichts: Drucken Sie erneut.</translation>
    </message>
    <message>
        <source>The printer (CUPS queue) to use (default: the system&apos;s default printer).</source>
        <translation>Der zu verwendende Drucker (CUPS-Warteschlange) (Standard: der Standarddrucker des Systems).</translation>
    </message>
    <message>
        <source>List the printers and print nothing.</source>
        <translation>Die Drucker auflisten und nichts drucken.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: print only a sheet it issued, and count the print.</source>
        <translation>Die Datei des verschlüsselten Speichers: nur ein Blatt drucken, das er ausgestellt hat, und den Druck zählen.</translation>
    </message>
    <message>
        <source>How many seconds to wait for the printer (default: 120).</source>
        <translation>Wartezeit auf den Drucker in Sekunden (Standard: 120).</translation>
    </message>
    <message>
        <source>The signed sheet to print.</source>
        <translation>Das zu druckende signierte Blatt.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>Der Druckdienst dieses Computers (CUPS) antwortet nicht.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Auf diesem Computer ist kein Drucker eingerichtet.</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[Standard]</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout braucht eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>The print could not be counted in the store: %1</source>
        <translation>Der Druck konnte im Speicher nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Writes an information request letter (art. 25 FADP) to each chosen recipient of a car data log, as one PDF.</source>
        <translation>Schreibt jedem gewählten Empfänger eines Datenprotokolls eines Autos ein Auskunftsbegehren (Art. 25 DSG), alles in einem PDF.</translation>
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
        <translation>Aufruf: vitrine-cli BEFEHL [OPTIONEN]

Befehle:
  inspect [--json | --lang fr|de|it|en] FILE   was ein Datenprotokoll enthält
  classify                                     Kategorie jedes VSS-Pfads der Standardeingabe
  import --db PATH FILE                        Zusammenfassung im verschlüsselten Speicher ablegen
  history --db PATH VIN                        frühere Importe eines Autos
  generate --events N --seed S --out FILE      realistisches Demo-Protokoll schreiben
  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf
        [--db PATH] [--dealer NAME]            signiertes Blatt zur Datenschutz-Überprüfung schreiben
  print [--queue NAME] [--db PATH] SHEET.pdf   signiertes Blatt drucken (CUPS); --list: die Drucker
  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf
          (--recipient ID ... | --all) [--full-vin]
                                               Auskunftsbegehren schreiben (Art. 25 DSG)
  cert init --nss-dir DIR --name NAME [--force] selbstsigniertes Garagenzertifikat erstellen (Demo, Test)
  cert show --nss-dir DIR                      Garagenzertifikat, mit dem das Terminal signiert
  sign --nss-dir DIR IN.pdf OUT.pdf            PDF mit dem Garagenzertifikat signieren
  verify --nss-dir DIR [--db PATH] SHEET.pdf   ist ein Blatt echt?
</translation>
    </message>
    <message>
        <source>Writes the privacy review sheet of a car data log as a PDF signed with the dealer&apos;s certificate. With --db, the log&apos;s summary and the sheet are kept in the kiosk&apos;s store. The sheet then shows what is new since the car&apos;s previous review there, and `vitrine-cli verify --db` finds its verification code. Without --db, a fresh verification code is printed but not recorded. A later check of the sheet then shows whether its signature is genuine, not whether the kiosk issued it.</source>
        <translation>Schreibt das Blatt zur Datenschutz-Überprüfung eines Datenprotokolls als PDF, signiert mit dem Zertifikat der Garage. Mit --db werden die Zusammenfassung des Protokolls und das Blatt im Speicher des Terminals abgelegt. Das Blatt zeigt dann, was seit der vorherigen Überprüfung des Autos neu ist, und `vitrine-cli verify --db` findet seinen Prüfcode. Ohne --db wird ein neuer Prüfcode gedruckt, aber nicht registriert. Eine spätere Prüfung des Blatts zeigt dann, ob seine Signatur echt ist, aber nicht, ob das Terminal es ausgestellt hat.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read: %1</source>
        <translation>Die Daten des Terminals konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the car %1, newest first:</source>
        <translation>
            <numerusform>%Ln Import des Autos %1, neuester zuerst:</numerusform>
            <numerusform>%Ln Importe des Autos %1, neueste zuerst:</numerusform>
        </translation>
    </message>
    <message>
        <source>This installation lacks vitrine-cli-documents, which makes, signs, checks and prints documents. Install Vitrine again.</source>
        <translation>In dieser Installation fehlt vitrine-cli-documents, das die Dokumente erstellt, signiert, prüft und druckt. Installieren Sie Vitrine neu.</translation>
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
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 ist nicht in unserer Liste: Wir wissen nicht, wer dahintersteht und in welchem Land.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln Mal</numerusform>
            <numerusform>%Ln Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation>
            <numerusform>etwa %Ln Mal</numerusform>
            <numerusform>etwa %Ln Mal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>etwa %Ln Ereignis</numerusform>
            <numerusform>etwa %Ln Ereignisse</numerusform>
        </translation>
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
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>Kilometerstand, Störungen, Reifen und Wartung</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>Batteriestand, Ladevorgänge und Treibstoffverbrauch</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n and a half month(s)</source>
        <comment>a span of time: 2 and a half months</comment>
        <translation>
            <numerusform>%n½ Monate</numerusform>
            <numerusform>%n½ Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only holds events from %3 to %4: about %5 at the start and %6 at the end are missing.</source>
        <translation>Die Datei sollte die Zeit vom %1 bis %2 abdecken. Sie enthält nur Ereignisse vom %3 bis %4: Am Anfang fehlen etwa %5, am Ende etwa %6.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It stops on %3: about %4 at the end are missing.</source>
        <translation>Die Datei sollte die Zeit vom %1 bis %2 abdecken. Sie endet am %3: Am Ende fehlen etwa %4.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only starts on %3: about %4 at the start are missing.</source>
        <translation>Die Datei sollte die Zeit vom %1 bis %2 abdecken. Sie beginnt erst am %3: Am Anfang fehlen etwa %4.</translation>
    </message>
    <message>
        <source>Compared with your visit of %1.</source>
        <translation>Im Vergleich zu Ihrem Besuch vom %1.</translation>
    </message>
    <message>
        <source>the driver&apos;s tiredness, attention and heart rate</source>
        <translation>Müdigkeit, Aufmerksamkeit und Puls der Person am Steuer</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a country missing from the list: &quot;in XY&quot;</comment>
        <translation>im Land %1</translation>
    </message>
    <message>
        <source>Swiss law applies</source>
        <comment>a recipient&apos;s protection: in Switzerland</comment>
        <translation>Schweizer Recht gilt</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Angemessener Schutz</translation>
    </message>
    <message>
        <source>Adequate protection for private companies</source>
        <comment>a recipient&apos;s protection: Canada</comment>
        <translation>Angemessener Schutz für private Unternehmen</translation>
    </message>
    <message>
        <source>Protection not adequate (no DPF certification known)</source>
        <comment>a recipient&apos;s protection: a US company not known to be certified under the Swiss-US Data Privacy Framework</comment>
        <translation>Kein angemessener Schutz (keine DPF-Zertifizierung bekannt)</translation>
    </message>
    <message>
        <source>Protection not adequate</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Kein angemessener Schutz</translation>
    </message>
    <message>
        <source>Protection unknown</source>
        <comment>a recipient&apos;s protection: an unknown recipient</comment>
        <translation>Schutz unbekannt</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in the Netherlands&quot;</comment>
        <translation>%1 ist %2. Die Schweiz anerkennt den Datenschutz dort als angemessen.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate for private companies.</source>
        <comment>%2: the country with its preposition, &quot;in Canada&quot;</comment>
        <translation>%1 ist %2. Die Schweiz anerkennt den Datenschutz dort für private Unternehmen als angemessen.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate only for companies certified under the Swiss-US Data Privacy Framework (DPF). No such certification is known for %1.</source>
        <comment>%2: the country with its preposition, &quot;in the United States&quot;</comment>
        <translation>%1 ist %2. Die Schweiz anerkennt den Datenschutz dort nur bei Unternehmen als angemessen, die nach dem Swiss-US Data Privacy Framework (DPF) zertifiziert sind. Für %1 ist keine solche Zertifizierung bekannt.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland does not deem data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in China&quot;</comment>
        <translation>%1 ist %2. Die Schweiz anerkennt den Datenschutz dort nicht als angemessen.</translation>
    </message>
    <message>
        <source>%1 is in Switzerland. Swiss data protection law applies.</source>
        <translation>%1 ist in der Schweiz. Es gilt das Schweizer Datenschutzgesetz.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>%Ln weiterer Empfänger ist hier nicht aufgeführt: %1 insgesamt.</numerusform>
            <numerusform>%Ln weitere Empfänger sind hier nicht aufgeführt: %1 insgesamt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>Mindestens %Ln weiterer Empfänger ist hier nicht aufgeführt: %1 insgesamt.</numerusform>
            <numerusform>Mindestens %Ln weitere Empfänger sind hier nicht aufgeführt: %1 insgesamt.</numerusform>
        </translation>
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
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>Daten haben das Auto %1 verlassen und gingen an %2 in %3.</translation>
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
        <translation>
            <numerusform>%n bekannten Land</numerusform>
            <numerusform>%n bekannten Ländern</numerusform>
        </translation>
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
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient&apos;s protection, then where it is: &quot;Adequate protection: HERE is in the Netherlands. …&quot;</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln Empfänger</numerusform>
            <numerusform>%Ln Empfänger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation>
            <numerusform>%Ln Empfänger ist in einem Land, dessen Datenschutz die Schweiz nicht als angemessen anerkennt.</numerusform>
            <numerusform>%Ln Empfänger sind in Ländern, deren Datenschutz die Schweiz nicht als angemessen anerkennt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %Ln recipient(s) are, nor where they are.</source>
        <translation>
            <numerusform>%Ln Empfänger ist uns unbekannt: Wir wissen nicht, wer er ist und wo er sich befindet.</numerusform>
            <numerusform>%Ln Empfänger sind uns unbekannt: Wir wissen nicht, wer sie sind und wo sie sich befinden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%Ln Zeile der Datei konnte nicht gelesen werden:</numerusform>
            <numerusform>%Ln Zeilen der Datei konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… und %Ln weitere.</numerusform>
            <numerusform>… und %Ln weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other technical data</source>
        <translation>Weitere technische Daten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of data, then how often</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data left the car %1. This export names only the holders of the data (%2).</source>
        <translation>Daten haben das Auto %1 verlassen. Dieser Export nennt nur die Inhaber der Daten (%2).</translation>
    </message>
    <message>
        <source>It does not say who else received your data. It shows what the carmaker holds.</source>
        <translation>Er sagt nicht, wer Ihre Daten sonst noch erhalten hat. Er zeigt, was der Hersteller hat.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Datenarten im Export</translation>
    </message>
    <message numerus="yes">
        <source>From the Volkswagen group&apos;s EU Data Act export: %Ln delivery(ies).</source>
        <translation>
            <numerusform>Aus dem EU-Data-Act-Export des Volkswagen-Konzerns: %Ln Lieferung.</numerusform>
            <numerusform>Aus dem EU-Data-Act-Export des Volkswagen-Konzerns: %Ln Lieferungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them held no data.</source>
        <translation>
            <numerusform>%Ln davon enthielt keine Daten.</numerusform>
            <numerusform>%Ln davon enthielten keine Daten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) came again unchanged and were counted once.</source>
        <translation>
            <numerusform>%Ln Datensatz kam unverändert nochmals und wurde einmal gezählt.</numerusform>
            <numerusform>%Ln Datensätze kamen unverändert nochmals und wurden einmal gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>This export names only the holders of the data. It does not say who else received it.</source>
        <translation>Dieser Export nennt nur die Inhaber der Daten. Er sagt nicht, wer sie sonst noch erhalten hat.</translation>
    </message>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>Ihre Reifen, wie der Hersteller sie kennt</translation>
    </message>
    <message>
        <source>From the BMW CarData archive, requested on %1.</source>
        <translation>Aus dem BMW-CarData-Archiv, angefordert am %1.</translation>
    </message>
    <message>
        <source>From the BMW CarData archive.</source>
        <translation>Aus dem BMW-CarData-Archiv.</translation>
    </message>
    <message>
        <source>From your car&apos;s data log.</source>
        <translation>Aus dem Datenprotokoll Ihres Autos.</translation>
    </message>
    <message>
        <source>What else the export holds</source>
        <translation>Was der Export sonst noch enthält</translation>
    </message>
</context>
</TS>
