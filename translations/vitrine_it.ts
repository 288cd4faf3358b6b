<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AdvisorScreen</name>
    <message>
        <source>Advisor: check the import</source>
        <translation>Consulente: verificare l’importazione</translation>
    </message>
    <message>
        <source>Check what was read before you hand the screen to the customer.</source>
        <translation>Verifichi ciò che è stato letto prima di passare lo schermo al cliente.</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Che cosa è stato letto</translation>
    </message>
    <message>
        <source>Nothing to review yet</source>
        <translation>Ancora nulla da esaminare</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Il file è stato rifiutato.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Period in the file</source>
        <translation>Periodo nel file</translation>
    </message>
    <message>
        <source>Period declared by the export</source>
        <translation>Periodo indicato dall’esportazione</translation>
    </message>
    <message>
        <source>Check that this VIN matches the car in for service:</source>
        <translation>Verifichi che questo VIN corrisponda all’auto in officina:</translation>
    </message>
    <message>
        <source>Lines refused</source>
        <translation>Righe scartate</translation>
    </message>
    <message>
        <source>No line was refused.</source>
        <translation>Nessuna riga è stata scartata.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <comment>a line of the imported file</comment>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>Cancel and clear</source>
        <translation>Annulla e cancella</translation>
    </message>
    <message>
        <source>Confirm VIN and start the review</source>
        <translation>Conferma il VIN e inizia la verifica</translation>
    </message>
    <message>
        <source>No data log has been imported. Import the car&apos;s log from the USB stick, then check it here.</source>
        <translation>Non è stato importato alcun registro dati. Importi il registro dell’auto dalla chiavetta USB, poi lo verifichi qui.</translation>
    </message>
    <message>
        <source>Import from a USB stick</source>
        <translation>Importa da una chiavetta USB</translation>
    </message>
    <message>
        <source>Newest first. Tap Import on the car&apos;s log.</source>
        <translation>Prima i più recenti. Tocchi Importa sul registro dell’auto.</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the car&apos;s data log.</source>
        <translation>Inserisca la chiavetta USB con il registro dati dell’auto.</translation>
    </message>
    <message>
        <source>Its logs appear here by themselves after a few seconds. A log&apos;s name ends in .jsonl or .jsonl.gz.</source>
        <translation>I suoi registri compaiono qui da soli dopo qualche secondo. Il nome di un registro termina con .jsonl o .jsonl.gz.</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, salvato il %2</translation>
    </message>
    <message>
        <source>On the stick “%1”</source>
        <translation>Sulla chiavetta «%1»</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importa %1</translation>
    </message>
    <message>
        <source>Only the newest logs are shown.</source>
        <translation>Sono mostrati solo i registri più recenti.</translation>
    </message>
    <message>
        <source>Check a sheet</source>
        <translation>Verifica un foglio</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>The customer&apos;s sheet could not be made.</source>
        <translation>Non è stato possibile preparare il foglio del cliente.</translation>
    </message>
    <message>
        <source>The last print failed.</source>
        <translation>L’ultima stampa non è riuscita.</translation>
    </message>
    <message>
        <source>Back to the customer&apos;s sheet</source>
        <translation>Torna al foglio del cliente</translation>
    </message>
    <message>
        <source>Sheets waiting to be printed</source>
        <translation>Fogli in attesa di stampa</translation>
    </message>
    <message numerus="yes">
        <source>Each is deleted after %n day(s) if it is not printed.</source>
        <translation>
            <numerusform>Ognuno viene cancellato dopo %n giorno se non viene stampato.</numerusform>
            <numerusform>Ognuno viene cancellato dopo %n giorni se non viene stampato.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, this session</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2, questa sessione</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a kept sheet: when it was kept, its language</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Print the sheet %1</source>
        <translation>Stampa il foglio %1</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged.</source>
        <translation>L’archivio della postazione è danneggiato.</translation>
    </message>
    <message>
        <source>Parts of them can no longer be read, and the kiosk keeps nothing more in them. Reviews still work, but without the last visit. Restore the records from the backup.</source>
        <translation>Una parte non può più essere letta e la postazione non vi registra più nulla. Le verifiche funzionano ancora, ma senza l’ultima visita. Ripristini l’archivio dalla copia di sicurezza.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <source>Your car&apos;s data, in plain words</source>
        <translation>I dati della Sua auto, in parole semplici</translation>
    </message>
    <message>
        <source>While your tyres are changed, see what your car recorded, where the data went, and what you can do about it.</source>
        <translation>Mentre Le cambiamo le gomme, scopra che cosa ha registrato la Sua auto, dove sono andati i dati e che cosa può fare.</translation>
    </message>
    <message>
        <source>Your advisor will start the review with you.</source>
        <translation>Il Suo consulente inizierà la verifica con Lei.</translation>
    </message>
    <message>
        <source>Choose your language</source>
        <translation>Scelga la Sua lingua</translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>PIN dimostrativo: %1</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: the advisor unlocks the kiosk</comment>
        <translation>Consulente</translation>
    </message>
</context>
<context>
    <name>ChoicesCard</name>
    <message>
        <source>Tick what you would like for each recipient. Your advisor will go through the next steps with you.</source>
        <translation>Spunti ciò che desidera per ogni destinatario. Il Suo consulente esaminerà con Lei i passi successivi.</translation>
    </message>
    <message>
        <source>Switch off</source>
        <comment>choice: stop this sharing in the car&apos;s settings</comment>
        <translation>Disattivare</translation>
    </message>
    <message>
        <source>Ask to delete</source>
        <comment>choice: ask the recipient to delete the data</comment>
        <translation>Chiedere la cancellazione</translation>
    </message>
    <message>
        <source>Ask for a copy</source>
        <comment>choice: ask the recipient which data it holds</comment>
        <translation>Chiedere una copia</translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) ticked.</source>
        <translation>
            <numerusform>%n scelta spuntata.</numerusform>
            <numerusform>%n scelte spuntate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing ticked: that is fine too.</source>
        <translation>Nulla di spuntato: va bene anche così.</translation>
    </message>
    <message>
        <source>Continue to signing</source>
        <translation>Continua con la firma</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Thank you</source>
        <translation>Grazie</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Torna all’inizio</translation>
    </message>
    <message>
        <source>Your sheet is printed. Drive safely.</source>
        <translation>Il Suo foglio è stampato. Buon viaggio!</translation>
    </message>
    <message>
        <source>Your sheet is on your USB stick. Drive safely.</source>
        <translation>Il Suo foglio è sulla Sua chiavetta USB. Buon viaggio!</translation>
    </message>
    <message>
        <source>Your advisor will print your sheet for you. Drive safely.</source>
        <translation>Il Suo consulente stamperà il foglio per Lei. Buon viaggio!</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen. Drive safely.</source>
        <translation>La Sua verifica della privacy è cancellata dallo schermo. Buon viaggio!</translation>
    </message>
</context>
<context>
    <name>EndQuestion</name>
    <message>
        <source>End the session?</source>
        <translation>Terminare la sessione?</translation>
    </message>
    <message>
        <source>Finish without a sheet?</source>
        <translation>Terminare senza foglio?</translation>
    </message>
    <message>
        <source>Your review is wiped from the screen.</source>
        <translation>La Sua verifica della privacy viene cancellata dallo schermo.</translation>
    </message>
    <message>
        <source>Please take your printed sheet with you.</source>
        <translation>Porti con sé il Suo foglio stampato.</translation>
    </message>
    <message>
        <source>Your sheet stays on your USB stick.</source>
        <translation>Il Suo foglio resta sulla Sua chiavetta USB.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and prints it for you later.</source>
        <translation>Il Suo consulente conserva il foglio e lo stampa per Lei più tardi.</translation>
    </message>
    <message>
        <source>Your sheet was not printed, saved or kept: it is wiped too.</source>
        <translation>Il Suo foglio non è stato stampato, salvato né conservato: viene cancellato anch’esso.</translation>
    </message>
    <message>
        <source>No sheet is made or kept.</source>
        <translation>Nessun foglio viene preparato né conservato.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Termina la sessione</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Torna indietro</translation>
    </message>
</context>
<context>
    <name>FlowDiagram</name>
    <message>
        <source>Flow picture: which data went to which recipient, in which country</source>
        <translation>Schema dei flussi: quali dati sono andati a quale destinatario, in quale Paese</translation>
    </message>
    <message>
        <source>Data</source>
        <comment>flow picture column: kinds of data</comment>
        <translation>Dati</translation>
    </message>
    <message>
        <source>Recipients</source>
        <comment>flow picture column</comment>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Countries</source>
        <comment>flow picture column</comment>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Solid line: Switzerland deems the protection adequate</source>
        <translation>Linea continua: la Svizzera ritiene adeguata la protezione</translation>
    </message>
    <message>
        <source>Thicker line: data sent more often</source>
        <translation>Linea più spessa: dati inviati più spesso</translation>
    </message>
    <message>
        <source>Key to the lines</source>
        <translation>Legenda delle linee</translation>
    </message>
    <message>
        <source>Line colour: the kind of data, as in the left column</source>
        <translation>Colore della linea: il tipo di dati, come nella colonna di sinistra</translation>
    </message>
    <message>
        <source>Dashed line: protection not adequate, or unknown</source>
        <translation>Linea tratteggiata: protezione non adeguata o sconosciuta</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Are you still there?</source>
        <translation>È ancora qui?</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, this screen will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Per proteggere la Sua privacy, questo schermo verrà cancellato tra %n secondo.</numerusform>
            <numerusform>Per proteggere la Sua privacy, questo schermo verrà cancellato tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>I am still here</source>
        <translation>Sono ancora qui</translation>
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
        <translation>Scorra o tocchi Avanti per leggere di più.</translation>
    </message>
</context>
<context>
    <name>LanguageBar</name>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
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
        <translation>Rispetto alla verifica della Sua ultima visita.</translation>
    </message>
    <message>
        <source>This is the first review of this car with us.</source>
        <translation>Questa è la prima verifica di quest’auto da noi.</translation>
    </message>
    <message>
        <source>Nothing has changed since your last visit.</source>
        <translation>Non è cambiato nulla dalla Sua ultima visita.</translation>
    </message>
    <message>
        <source>At your next visit, this card will show what has changed since today. It will list new recipients and new kinds of data, and say whether your car sent more or less.</source>
        <translation>Alla Sua prossima visita, questa scheda mostrerà che cosa è cambiato da oggi. Indicherà i nuovi destinatari e i nuovi tipi di dati, e se la Sua auto ha inviato di più o di meno.</translation>
    </message>
    <message>
        <source>The kiosk could not read its records of earlier visits, so this card cannot show what has changed since then.</source>
        <translation>La postazione non ha potuto leggere i dati sulle visite precedenti, quindi questa scheda non può mostrare che cosa è cambiato da allora.</translation>
    </message>
</context>
<context>
    <name>OpenScreen</name>
    <message>
        <source>This kiosk is locked</source>
        <translation>Questa postazione è bloccata</translation>
    </message>
    <message>
        <source>Preparing the demo</source>
        <translation>Preparazione della demo</translation>
    </message>
    <message>
        <source>The kiosk cannot open its records</source>
        <translation>La postazione non riesce ad aprire il suo archivio</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Aprire la postazione</translation>
    </message>
    <message>
        <source>The demo keeps its records only until it closes.</source>
        <translation>La demo conserva i suoi dati solo fino alla chiusura.</translation>
    </message>
    <message>
        <source>Please call the person who looks after this kiosk.</source>
        <translation>Chiami la persona che si occupa di questa postazione.</translation>
    </message>
    <message>
        <source>Type the kiosk&apos;s passphrase to open its records.</source>
        <translation>Digiti la passphrase della postazione per aprire il suo archivio.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Opening the kiosk&apos;s records. This takes a moment.</source>
        <translation>Apertura dell’archivio della postazione. Ci vuole un momento.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n cifra inserita</numerusform>
            <numerusform>%n cifre inserite</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Cancella l’ultima cifra</translation>
    </message>
    <message>
        <source>Confirm PIN</source>
        <translation>Conferma il PIN</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>Verifica del PIN…</translation>
    </message>
</context>
<context>
    <name>PreviewScreen</name>
    <message>
        <source>Your privacy review sheet</source>
        <translation>Il Suo foglio della verifica della privacy</translation>
    </message>
    <message>
        <source>This is the sheet you take home, exactly as it will be printed.</source>
        <translation>Questo è il foglio che porta a casa, esattamente come verrà stampato.</translation>
    </message>
    <message>
        <source>The pages of your sheet</source>
        <translation>Le pagine del Suo foglio</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>Preparing your sheet and signing it. This takes a moment.</source>
        <translation>Preparazione e firma del Suo foglio. Ci vuole un momento.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Pagina precedente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Pagina successiva</translation>
    </message>
    <message>
        <source>Whole pages</source>
        <translation>Pagine intere</translation>
    </message>
    <message>
        <source>Zoom to the width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>Print your sheet</source>
        <translation>Stampa del Suo foglio</translation>
    </message>
    <message>
        <source>Demo: this sheet is signed with a made-up certificate. It is not a real dealer&apos;s sheet.</source>
        <translation>Demo: questo foglio è firmato con un certificato fittizio. Non è un vero foglio di un garage.</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Stampa di nuovo</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <source>Printing. This can take a minute.</source>
        <translation>Stampa in corso. Può richiedere un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>You asked %n recipient(s) for a copy of your data. The kiosk can print a letter ready to send to each.</source>
        <translation>
            <numerusform>Ha chiesto una copia dei Suoi dati a %n destinatario. La postazione può stampare una lettera pronta da spedire.</numerusform>
            <numerusform>Ha chiesto una copia dei Suoi dati a %n destinatari. La postazione può stampare per ciascuno una lettera pronta da spedire.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the letters again</source>
        <translation>Stampa di nuovo le lettere</translation>
    </message>
    <message>
        <source>Print the request letters too</source>
        <translation>Stampa anche le lettere di richiesta</translation>
    </message>
    <message>
        <source>Printing the letters.</source>
        <translation>Stampa delle lettere in corso.</translation>
    </message>
    <message>
        <source>Back to signing</source>
        <translation>Torna alle firme</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Your sheet cannot be made here today.</source>
        <translation>Oggi il Suo foglio non può essere preparato qui.</translation>
    </message>
    <message>
        <source>You can finish without it, or call your advisor.</source>
        <translation>Può terminare senza foglio o chiamare il Suo consulente.</translation>
    </message>
    <message>
        <source>Call the advisor</source>
        <translation>Chiama il consulente</translation>
    </message>
    <message>
        <source>Finish without a sheet</source>
        <translation>Termina senza foglio</translation>
    </message>
    <message>
        <source>Your sheet is not lost. What would you like to do?</source>
        <translation>Il Suo foglio non è perso. Cosa desidera fare?</translation>
    </message>
    <message>
        <source>Save as PDF on my USB stick</source>
        <translation>Salva come PDF sulla mia chiavetta USB</translation>
    </message>
    <message>
        <source>Do not save</source>
        <translation>Non salvare</translation>
    </message>
    <message>
        <source>Keep it for my advisor to print later</source>
        <translation>Lasciarlo al mio consulente da stampare più tardi</translation>
    </message>
    <message>
        <source>It is signed by the dealer. With its verification code, anyone can check later that it is genuine.</source>
        <translation>È firmato dal garage. Con il suo codice di verifica chiunque può controllare in seguito che sia autentico.</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Codice di verifica</translation>
    </message>
    <message>
        <source>End without a sheet</source>
        <translation>Termina senza foglio</translation>
    </message>
</context>
<context>
    <name>RecordedCard</name>
    <message>
        <source>The most private kinds come first. The bar compares each kind of data with the most frequent one.</source>
        <translation>Prima vengono i tipi più privati. La barra confronta ogni tipo di dati con il più frequente.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Tipi di dati nell’esportazione</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>In short</source>
        <comment>card title</comment>
        <translation>In breve</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <comment>card title</comment>
        <translation>Che cosa ha registrato la Sua auto</translation>
    </message>
    <message>
        <source>Where it went</source>
        <comment>card title</comment>
        <translation>Dove sono andati i dati</translation>
    </message>
    <message>
        <source>When</source>
        <comment>card title: the timeline</comment>
        <translation>Quando</translation>
    </message>
    <message>
        <source>New since your last visit</source>
        <comment>card title</comment>
        <translation>Novità dalla Sua ultima visita</translation>
    </message>
    <message>
        <source>Your choices</source>
        <comment>card title</comment>
        <translation>Le Sue scelte</translation>
    </message>
    <message>
        <source>Your privacy review</source>
        <translation>La Sua verifica della privacy</translation>
    </message>
    <message>
        <source>Normal text</source>
        <translation>Testo normale</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testo più grande</translation>
    </message>
    <message>
        <source>Advisor</source>
        <comment>button: hand the kiosk back to the advisor</comment>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <comment>card indicator: card 2 of 6: its title</comment>
        <translation>%1 di %2: %3</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Avanti</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <source>Setting up this kiosk</source>
        <translation>Configurazione di questa postazione</translation>
    </message>
    <message>
        <source>Choose the kiosk&apos;s passphrase</source>
        <translation>Scelga la passphrase della postazione</translation>
    </message>
    <message>
        <source>Choose the advisor PIN</source>
        <translation>Scelga il PIN del consulente</translation>
    </message>
    <message>
        <source>Enter the same PIN again</source>
        <translation>Inserisca di nuovo lo stesso PIN</translation>
    </message>
    <message numerus="yes">
        <source>It locks everything the kiosk keeps. Use at least %n characters. Write it down and keep it in a safe place: without it, the kiosk&apos;s records cannot be opened.</source>
        <translation>
            <numerusform>Protegge tutto ciò che la postazione conserva. Usi almeno %n carattere. La annoti e la conservi in un luogo sicuro: senza di essa, l’archivio della postazione non può essere aperto.</numerusform>
            <numerusform>Protegge tutto ciò che la postazione conserva. Usi almeno %n caratteri. La annoti e la conservi in un luogo sicuro: senza di essa, l’archivio della postazione non può essere aperto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Ripeta la passphrase</translation>
    </message>
    <message>
        <source>Setting up the kiosk&apos;s records. This takes a moment.</source>
        <translation>Preparazione dell’archivio della postazione. Ci vuole un momento.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Ricomincia</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Advisors type this PIN to unlock the kiosk. Use %1 to %2 digits, not an easy one like 1111, 1234 or 1212.</source>
        <translation>I consulenti digitano questo PIN per sbloccare la postazione. Usi da %1 a %2 cifre, non un PIN facile come 1111, 1234 o 1212.</translation>
    </message>
</context>
<context>
    <name>SignScreen</name>
    <message>
        <source>Your privacy review</source>
        <translation>La Sua verifica della privacy</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Back to your choices</source>
        <translation>Torna alle Sue scelte</translation>
    </message>
    <message>
        <source>Please sign</source>
        <translation>Firmi, per favore</translation>
    </message>
    <message>
        <source>By signing, you confirm you have seen this review. Your advisor signs that the data shown is what your car&apos;s log contains.</source>
        <translation>Firmando, conferma di aver preso visione di questa verifica. Il Suo consulente attesta con la sua firma che i dati mostrati sono quelli del registro della Sua auto.</translation>
    </message>
    <message>
        <source>Your signature</source>
        <translation>La Sua firma</translation>
    </message>
    <message>
        <source>Your advisor&apos;s signature</source>
        <translation>Firma del Suo consulente</translation>
    </message>
    <message>
        <source>When both of you have signed, tap Finish.</source>
        <translation>Quando avrete firmato entrambi, tocchi Fine.</translation>
    </message>
    <message>
        <source>Today this kiosk cannot make your signed sheet. You can still sign and finish; your advisor can tell you more.</source>
        <translation>Oggi questa postazione non può preparare il Suo foglio firmato. Può comunque firmare e terminare; il Suo consulente Le spiegherà di più.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signed</source>
        <translation>Firmato</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Sign here with your finger</source>
        <translation>Firmi qui con il dito</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firmi qui</translation>
    </message>
    <message>
        <source>Please sign with your name. A tick or a dot is not enough.</source>
        <translation>Firmi con il Suo nome, per favore. Un segno di spunta o un punto non bastano.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Bar chart: how often your car recorded data, by kind of data</source>
        <translation>Grafico a barre: quante volte la Sua auto ha registrato dati, per tipo di dati</translation>
    </message>
    <message>
        <source>Tap a bar to see its number.</source>
        <translation>Tocchi una barra per vederne il numero.</translation>
    </message>
    <message>
        <source>Key to the colours</source>
        <translation>Legenda dei colori</translation>
    </message>
</context>
<context>
    <name>TyresPanel</name>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>I Suoi pneumatici, come li conosce il costruttore</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Advisor access</source>
        <translation>Accesso consulente</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Inserisca il Suo PIN.</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Attenda %n secondo prima di riprovare.</numerusform>
            <numerusform>Attenda %n secondi prima di riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo PIN: %1</source>
        <translation>PIN dimostrativo: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Check a sheet</source>
        <translation>Verifica un foglio</translation>
    </message>
    <message>
        <source>Is a sheet someone brings back genuine? Check its PDF file, or the code printed on it.</source>
        <translation>Un foglio riportato da qualcuno è autentico? Ne verifichi il file PDF o il codice stampato sopra.</translation>
    </message>
    <message>
        <source>What to check</source>
        <translation>Che cosa verificare</translation>
    </message>
    <message>
        <source>The verification code on a paper sheet</source>
        <translation>Il codice di verifica su un foglio cartaceo</translation>
    </message>
    <message>
        <source>For example K7QF-3MZD-9W</source>
        <translation>Per esempio K7QF-3MZD-9W</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Sheet %1</source>
        <translation>Foglio %1</translation>
    </message>
    <message>
        <source>PDF files on the USB stick</source>
        <translation>File PDF sulla chiavetta USB</translation>
    </message>
    <message>
        <source>Plug in the USB stick with the sheet&apos;s PDF file. Its files appear here by themselves after a few seconds.</source>
        <translation>Inserisca la chiavetta USB con il file PDF del foglio. I suoi file compaiono qui da soli dopo qualche secondo.</translation>
    </message>
    <message>
        <source>%1, saved on %2, on the stick “%3”</source>
        <comment>a file: its size, the date and time it was saved, the stick&apos;s name</comment>
        <translation>%1, salvato il %2, sulla chiavetta «%3»</translation>
    </message>
    <message>
        <source>%1, saved on %2</source>
        <comment>a log file: its size, then the date and time it was saved</comment>
        <translation>%1, salvato il %2</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La risposta</translation>
    </message>
    <message>
        <source>Choose a sheet to check, or type the code printed on it.</source>
        <translation>Scelga un foglio da verificare, o digiti il codice stampato sopra.</translation>
    </message>
    <message>
        <source>Checking the sheet&apos;s signature.</source>
        <translation>Verifica della firma del foglio in corso.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmato da</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Firmato il</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>File intero</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificato</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Codice di verifica</translation>
    </message>
    <message>
        <source>Kiosk&apos;s records</source>
        <translation>Archivio della postazione</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Verifica %1</translation>
    </message>
    <message>
        <source>Sheets issued in this session</source>
        <translation>Fogli rilasciati in questa sessione</translation>
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
        <translation>Ogni barra è una settimana, da lunedì a domenica (%1). Ogni colore è un tipo di dati; una registrazione può contenerne diversi.</translation>
    </message>
    <message>
        <source>Each bar is one day (%1). Each colour is one kind of data; one recording can hold several kinds.</source>
        <comment>%1 is a period such as 01.04.2026 to 30.09.2026</comment>
        <translation>Ogni barra è un giorno (%1). Ogni colore è un tipo di dati; una registrazione può contenerne diversi.</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <comment>the per day / per week buttons</comment>
        <translation>Mostra il grafico</translation>
    </message>
    <message>
        <source>Per day</source>
        <comment>timeline: one bar per day</comment>
        <translation>Per giorno</translation>
    </message>
    <message>
        <source>Per week</source>
        <comment>timeline: one bar per week</comment>
        <translation>Per settimana</translation>
    </message>
</context>
<context>
    <name>WhereCard</name>
    <message>
        <source>Who received data from your car, in which country, and whether Switzerland deems the protection there adequate.</source>
        <translation>Chi ha ricevuto dati dalla Sua auto, in quale Paese e se la Svizzera vi ritiene adeguata la protezione.</translation>
    </message>
    <message>
        <source>Each recipient</source>
        <comment>heading above the list of recipients</comment>
        <translation>Ogni destinatario</translation>
    </message>
    <message>
        <source>Data received: %1</source>
        <translation>Dati ricevuti: %1</translation>
    </message>
</context>
<context>
    <name>vitrine::Check</name>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message numerus="yes">
        <source>It was printed %n time(s).</source>
        <translation>
            <numerusform>È stato stampato %n volta.</numerusform>
            <numerusform>È stato stampato %n volte.</numerusform>
        </translation>
    </message>
    <message>
        <source>It has not been printed.</source>
        <translation>Non è stato stampato.</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Autentico</translation>
    </message>
    <message>
        <source>Not genuine</source>
        <translation>Non autentico</translation>
    </message>
    <message>
        <source>Code on record</source>
        <translation>Codice registrato</translation>
    </message>
    <message>
        <source>Not a code</source>
        <translation>Non è un codice</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Codice sconosciuto</translation>
    </message>
    <message>
        <source>This kiosk issued the sheet with the code %1 on %2, in %3.</source>
        <translation>Questa postazione ha emesso il foglio con il codice %1 il %2 (lingua: %3).</translation>
    </message>
    <message>
        <source>The code alone does not show that a paper copy was not changed: to be sure, check the PDF file of the sheet.</source>
        <translation>Il codice da solo non dimostra che una copia cartacea non sia stata modificata: per esserne sicuri, verifichi il file PDF del foglio.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code. A code has ten letters and digits, like %2.</source>
        <translation>«%1» non è un codice di verifica. Un codice ha dieci lettere e cifre, come %2.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the code cannot be looked up.</source>
        <translation>L’archivio della postazione non è aperto, quindi il codice non può essere cercato.</translation>
    </message>
    <message>
        <source>This kiosk has no sheet with the code %1. Please check the code: it has ten letters and digits, like %2.</source>
        <translation>Questa postazione non ha nessun foglio con il codice %1. Verifichi il codice: ha dieci lettere e cifre, come %2.</translation>
    </message>
    <message>
        <source>Nobody: the file is not signed.</source>
        <translation>Nessuno: il file non è firmato.</translation>
    </message>
    <message>
        <source>Not named in the signature.</source>
        <translation>Non indicato nella firma.</translation>
    </message>
    <message>
        <source>Not given in the signature.</source>
        <translation>Non riportato nella firma.</translation>
    </message>
    <message>
        <source>No verification code was found in the file.</source>
        <translation>Nel file non è stato trovato alcun codice di verifica.</translation>
    </message>
    <message>
        <source>Not looked up: the kiosk&apos;s records are not open.</source>
        <translation>Non cercato: l’archivio della postazione non è aperto.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet.</source>
        <translation>Questo foglio è stato emesso da questa postazione.</translation>
    </message>
    <message>
        <source>This kiosk issued this sheet on %1.</source>
        <translation>Questo foglio è stato emesso da questa postazione il %1.</translation>
    </message>
    <message>
        <source>This kiosk has no record of this sheet.</source>
        <translation>Questa postazione non ha traccia di questo foglio.</translation>
    </message>
    <message>
        <source>This kiosk issued a sheet with this code, but it is not this file.</source>
        <translation>Questa postazione ha emesso un foglio con questo codice, ma non è questo file.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non verificato</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read, so the code %1 could not be looked up. This says nothing about the sheet. Try again; if it happens again, restore the records from the backup.</source>
        <translation>Non è stato possibile leggere i dati della postazione, quindi il codice %1 non è stato cercato. Questo non dice nulla sul foglio. Riprovi; se succede di nuovo, ripristini l’archivio dalla copia di sicurezza.</translation>
    </message>
</context>
<context>
    <name>vitrine::DealerCertificate</name>
    <message>
        <source>The certificate database is protected by a password: please give it.</source>
        <translation>La banca dati dei certificati è protetta da una password: la indichi.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database.</source>
        <translation>Questa password non apre la banca dati dei certificati.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name must have 1 to 64 characters, without control characters.</source>
        <translation>Il nome del garage deve avere da 1 a 64 caratteri, senza caratteri di controllo.</translation>
    </message>
    <message>
        <source>The certificate&apos;s nickname must not be empty or contain a colon.</source>
        <translation>L’alias del certificato non deve essere vuoto né contenere i due punti.</translation>
    </message>
    <message>
        <source>The certificate&apos;s validity must be 1 to 30 years.</source>
        <translation>La validità del certificato deve essere da 1 a 30 anni.</translation>
    </message>
    <message>
        <source>No certificate folder was given.</source>
        <translation>Non è stata indicata alcuna cartella dei certificati.</translation>
    </message>
    <message>
        <source>Cannot create the certificate folder %1: %2.</source>
        <translation>Impossibile creare la cartella dei certificati %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 non è una cartella.</translation>
    </message>
    <message>
        <source>Cannot open the certificate database in %1: %2</source>
        <translation>Impossibile aprire la banca dati dei certificati in %1: %2</translation>
    </message>
    <message>
        <source>Cannot set the certificate database&apos;s password: %1</source>
        <translation>Impossibile impostare la password della banca dati dei certificati: %1</translation>
    </message>
    <message>
        <source>The certificate folder %1 already has a certificate named &quot;%2&quot;. Nothing was changed (use --force to replace it).</source>
        <translation>La cartella dei certificati %1 contiene già un certificato chiamato «%2». Non è stato modificato nulla (usi --force per sostituirlo).</translation>
    </message>
    <message>
        <source>Cannot remove the old certificate: %1</source>
        <translation>Impossibile rimuovere il vecchio certificato: %1</translation>
    </message>
    <message>
        <source>Cannot make the key pair: %1</source>
        <translation>Impossibile creare la coppia di chiavi: %1</translation>
    </message>
    <message>
        <source>Cannot make a certificate for the name &quot;%1&quot;: %2</source>
        <translation>Impossibile creare un certificato per il nome «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot make the certificate: %1</source>
        <translation>Impossibile creare il certificato: %1</translation>
    </message>
    <message>
        <source>Cannot store the certificate: %1</source>
        <translation>Impossibile salvare il certificato: %1</translation>
    </message>
    <message>
        <source>Cannot mark the certificate as trusted: %1</source>
        <translation>Impossibile contrassegnare il certificato come attendibile: %1</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>In %1 non c’è una banca dati dei certificati.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>La cartella dei certificati %1 non contiene alcun certificato chiamato «%2».</translation>
    </message>
</context>
<context>
    <name>vitrine::EntryProblem</name>
    <message>
        <source>%1: this name points outside the archive. It was not read.</source>
        <translation>%1: questo nome punta fuori dall’archivio. Il file non è stato letto.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Vitrine cannot read it.</source>
        <translation>%1 è protetto da una password. Vitrine non può leggerlo.</translation>
    </message>
    <message>
        <source>%1 is too large to be read.</source>
        <translation>%1 è troppo grande per essere letto.</translation>
    </message>
    <message>
        <source>%1 unpacks to far more than real data does. It was not read.</source>
        <translation>Una volta decompresso, %1 diventa molto più grande di dati veri. Il file non è stato letto.</translation>
    </message>
    <message>
        <source>The archive holds too many files. The rest was not read.</source>
        <translation>L’archivio contiene troppi file. Il resto non è stato letto.</translation>
    </message>
    <message>
        <source>%1 holds archives inside archives too deep. It was not read.</source>
        <translation>%1 contiene archivi annidati troppo in profondità. Il file non è stato letto.</translation>
    </message>
    <message>
        <source>The archive holds too much data. The rest was not read.</source>
        <translation>L’archivio contiene troppi dati. Il resto non è stato letto.</translation>
    </message>
    <message>
        <source>The archive is damaged. What came before the damage was read.</source>
        <translation>L’archivio è danneggiato. Quanto precede il danno è stato letto.</translation>
    </message>
    <message>
        <source>%1 is damaged. What came before the damage was read.</source>
        <translation>%1 è danneggiato. Quanto precede il danno è stato letto.</translation>
    </message>
</context>
<context>
    <name>vitrine::ExportDetails</name>
    <message>
        <source>Front left</source>
        <comment>a tyre</comment>
        <translation>Anteriore sinistro</translation>
    </message>
    <message>
        <source>Front right</source>
        <comment>a tyre</comment>
        <translation>Anteriore destro</translation>
    </message>
    <message>
        <source>Rear left</source>
        <comment>a tyre</comment>
        <translation>Posteriore sinistro</translation>
    </message>
    <message>
        <source>Rear right</source>
        <comment>a tyre</comment>
        <translation>Posteriore destro</translation>
    </message>
    <message>
        <source>Summer tyres</source>
        <translation>Pneumatici estivi</translation>
    </message>
    <message>
        <source>Winter tyres</source>
        <translation>Pneumatici invernali</translation>
    </message>
    <message>
        <source>All-season tyres</source>
        <translation>Pneumatici quattro stagioni</translation>
    </message>
    <message>
        <source>The carmaker rates the wear green.</source>
        <translation>Il costruttore valuta l’usura con il verde.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear yellow.</source>
        <translation>Il costruttore valuta l’usura con il giallo.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear orange.</source>
        <translation>Il costruttore valuta l’usura con l’arancione.</translation>
    </message>
    <message>
        <source>The carmaker rates the wear red.</source>
        <translation>Il costruttore valuta l’usura con il rosso.</translation>
    </message>
    <message>
        <source>Production date: %1</source>
        <comment>as the export writes it, often week and year</comment>
        <translation>Data di produzione: %1</translation>
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
        <translation>Pneumatici montati</translation>
    </message>
    <message>
        <source>Tyres in storage</source>
        <translation>Pneumatici in deposito</translation>
    </message>
    <message>
        <source>All four</source>
        <comment>tyres</comment>
        <translation>Tutti e quattro</translation>
    </message>
    <message>
        <source>Front</source>
        <comment>tyres</comment>
        <translation>Anteriori</translation>
    </message>
    <message>
        <source>Rear</source>
        <comment>tyres</comment>
        <translation>Posteriori</translation>
    </message>
    <message>
        <source>Your car&apos;s learning navigation is in the export, but it has learned no places yet.</source>
        <translation>La navigazione che apprende della Sua auto è nell’esportazione, ma non ha ancora appreso nessun luogo.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln place(s), such as where you park at night.</source>
        <translation>
            <numerusform>La Sua auto ha appreso %Ln luogo, per esempio dove parcheggia di notte.</numerusform>
            <numerusform>La Sua auto ha appreso %Ln luoghi, per esempio dove parcheggia di notte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It has also learned %Ln route(s) between them.</source>
        <translation>
            <numerusform>Ha anche appreso %Ln percorso tra di essi.</numerusform>
            <numerusform>Ha anche appreso %Ln percorsi tra di essi.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the most private part of the export. Vitrine only counts it and never shows where these places are.</source>
        <translation>È la parte più privata dell’esportazione. Vitrine la conta soltanto e non mostra mai dove si trovano questi luoghi.</translation>
    </message>
    <message>
        <source>The charging history in the export is empty.</source>
        <translation>Lo storico delle ricariche nell’esportazione è vuoto.</translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s), from %1 to %2.</source>
        <translation>
            <numerusform>L’esportazione contiene %Ln ricarica, dal %1 al %2.</numerusform>
            <numerusform>L’esportazione contiene %Ln ricariche, dal %1 al %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The export holds %Ln charging session(s).</source>
        <translation>
            <numerusform>L’esportazione contiene %Ln ricarica.</numerusform>
            <numerusform>L’esportazione contiene %Ln ricariche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>For %Ln of them it knows where the car charged; Vitrine does not show the addresses.</source>
        <translation>
            <numerusform>Per %Ln di esse sa dove l’auto è stata ricaricata; Vitrine non mostra gli indirizzi.</numerusform>
            <numerusform>Per %Ln di esse sa dove l’auto è stata ricaricata; Vitrine non mostra gli indirizzi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charging providers named: %1.</source>
        <translation>Fornitori di ricarica indicati: %1.</translation>
    </message>
    <message>
        <source>The export names no connected service that is active.</source>
        <translation>L’esportazione non indica nessun servizio connesso attivo.</translation>
    </message>
    <message>
        <source>Connected services active: %1. These services send data from the car.</source>
        <translation>Servizi connessi attivi: %1. Questi servizi inviano dati dall’auto.</translation>
    </message>
    <message numerus="yes">
        <source>Your car has learned %Ln route(s).</source>
        <translation>
            <numerusform>La Sua auto ha appreso %Ln percorso.</numerusform>
            <numerusform>La Sua auto ha appreso %Ln percorsi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Kiosk</name>
    <message numerus="yes">
        <source>Please wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Attenda %n secondo prima di riprovare.</numerusform>
            <numerusform>Attenda %n secondi prima di riprovare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No advisor PIN has been set.</source>
        <translation>Non è ancora stato impostato un PIN del consulente.</translation>
    </message>
    <message>
        <source>This PIN is not right.</source>
        <translation>Questo PIN non è corretto.</translation>
    </message>
</context>
<context>
    <name>vitrine::Letter</name>
    <message>
        <source>Post: %1</source>
        <translation>Posta: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Web form: %1</source>
        <translation>Modulo online: %1</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office.</source>
        <translation>Nessun contatto noto per la protezione dei dati: invii questa lettera alla sede legale dell’azienda.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker.</source>
        <translation>Nessun contatto noto per la protezione dei dati: invii questa lettera alla sede legale dell’azienda o si rivolga alla casa automobilistica.</translation>
    </message>
    <message>
        <source>Privacy contact not known to us: send this letter to the company&apos;s registered office or ask the carmaker, %1, to pass it on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Nessun contatto noto per la protezione dei dati: invii questa lettera alla sede legale dell’azienda o chieda alla casa automobilistica, %1, di inoltrarla.</translation>
    </message>
    <message>
        <source>Request for information under %1</source>
        <comment>the letter&apos;s subject; %1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Richiesta di accesso ai sensi dell’%1</translation>
    </message>
    <message>
        <source>Dear Sir or Madam,</source>
        <comment>the letter&apos;s salutation</comment>
        <translation>Gentili Signore e Signori,</translation>
    </message>
    <message>
        <source>Under %1, I ask you to tell me whether you process personal data about me, in particular data from or about my car:</source>
        <comment>%1: the article and the act, as in &quot;art. 25 of the Federal Act on Data Protection (FADP)&quot;</comment>
        <translation>Ai sensi dell’%1, Vi chiedo di comunicarmi se trattate dati personali che mi riguardano, in particolare dati provenienti dalla mia auto o relativi ad essa:</translation>
    </message>
    <message>
        <source>If you do, please tell me, as %1 provides:</source>
        <comment>%1: the paragraph of the act, as in &quot;art. 25 para. 2 FADP&quot;</comment>
        <translation>In caso affermativo, Vi prego di indicarmi, come previsto dall’%1:</translation>
    </message>
    <message>
        <source>your identity and contact details as the controller;</source>
        <translation>la Vostra identità e i Vostri dati di contatto in qualità di titolare del trattamento;</translation>
    </message>
    <message>
        <source>the personal data about me that you process;</source>
        <translation>i dati personali che mi riguardano e che trattate;</translation>
    </message>
    <message>
        <source>what you process it for;</source>
        <translation>lo scopo per cui li trattate;</translation>
    </message>
    <message>
        <source>how long you keep it or, if that cannot be said, how you decide how long;</source>
        <translation>per quanto tempo li conservate o, se ciò non è possibile, come stabilite tale durata;</translation>
    </message>
    <message>
        <source>what you know about where it came from, if you did not collect it from me;</source>
        <translation>ciò che sapete sulla loro provenienza, se non li avete raccolti presso di me;</translation>
    </message>
    <message>
        <source>whether you take automated individual decisions with it and, if so, the logic they follow;</source>
        <translation>se li utilizzate per prendere decisioni individuali automatizzate e, in caso affermativo, la logica su cui si basano;</translation>
    </message>
    <message>
        <source>to whom you disclose it (the recipients or their categories) and, when it goes abroad, to which countries and with which safeguards.</source>
        <translation>a chi li comunicate (i destinatari o le loro categorie) e, se vanno all’estero, verso quali Paesi e con quali garanzie.</translation>
    </message>
    <message>
        <source>Your answer is due within 30 days of receiving this request (%1), and it is free of charge (%2).</source>
        <comment>%1: the article of the ordinance, as in &quot;art. 18 of the Data Protection Ordinance (DPO)&quot;; %2: as in &quot;art. 25 para. 6 FADP&quot;</comment>
        <translation>La risposta va fornita entro 30 giorni dal ricevimento della presente richiesta (%1) ed è gratuita (%2).</translation>
    </message>
    <message>
        <source>As your company is established in the EU or the EEA, I also make this request under %1.</source>
        <comment>%1: as in &quot;art. 15 of the General Data Protection Regulation (GDPR)&quot;</comment>
        <translation>Poiché la Vostra azienda è stabilita nell’UE o nel SEE, presento questa richiesta anche ai sensi dell’%1.</translation>
    </message>
    <message>
        <source>If you need to confirm who I am, please tell me what you need. Please send your answer to the address at the top of this letter.</source>
        <translation>Se dovete verificare la mia identità, Vi prego di indicarmi che cosa Vi occorre. La risposta va inviata all’indirizzo indicato in cima a questa lettera.</translation>
    </message>
    <message>
        <source>From (please write your name and address by hand):</source>
        <translation>Mittente (scriva a mano nome e indirizzo):</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>sender line to fill in</comment>
        <translation>Nome e cognome</translation>
    </message>
    <message>
        <source>Street and number</source>
        <comment>sender line to fill in</comment>
        <translation>Via e numero</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <comment>sender line to fill in</comment>
        <translation>NPA e località</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>Place and date</source>
        <comment>line to fill in</comment>
        <translation>Luogo e data</translation>
    </message>
    <message>
        <source>Car:</source>
        <comment>in the letter</comment>
        <translation>Auto:</translation>
    </message>
    <message>
        <source>Vehicle identification number (VIN):</source>
        <translation>Numero di identificazione del veicolo (VIN):</translation>
    </message>
    <message>
        <source>not in the data log</source>
        <translation>non presente nel registro dati</translation>
    </message>
    <message>
        <source>The data log exported from my car shows the following about you:</source>
        <translation>Il registro dati esportato dalla mia auto mostra quanto segue a Vostro riguardo:</translation>
    </message>
    <message>
        <source>My car sent data to you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>La mia auto Vi ha inviato dati %1.</translation>
    </message>
    <message>
        <source>Data from my car was passed on to you by another company %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>Dati della mia auto Vi sono stati trasmessi da un’altra azienda %1.</translation>
    </message>
    <message>
        <source>My car received data from you %1.</source>
        <comment>%1: as in &quot;about 1&apos;200 times&quot;</comment>
        <translation>La mia auto ha ricevuto dati da Voi %1.</translation>
    </message>
    <message>
        <source>This was between %1 and %2.</source>
        <comment>two dates</comment>
        <translation>Ciò è avvenuto tra il %1 e il %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a kind of data (how many times)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The kinds of data: %1.</source>
        <comment>%1: a list</comment>
        <translation>Tipi di dati: %1.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <comment>closing</comment>
        <translation>Distinti saluti</translation>
    </message>
    <message>
        <source>Signature</source>
        <comment>line to sign on</comment>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Request for information (art. 25 %1) to %2</source>
        <comment>the page footer; %1: the act&apos;s abbreviation, %2: the recipient</comment>
        <translation>Richiesta di accesso (art. 25 %1) a %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>not in our list of organisations: no one known to address it to</source>
        <translation>non è nel nostro elenco di organizzazioni: non sappiamo a chi indirizzare la lettera</translation>
    </message>
    <message>
        <source>the data log shows no data exchanged with it</source>
        <translation>il registro dati non mostra alcuno scambio di dati con questa organizzazione</translation>
    </message>
    <message>
        <source>No letter to write: none of the recipients asked for is an organisation that the data log names.</source>
        <translation>Nessuna lettera da scrivere: nessuno dei destinatari richiesti è un’organizzazione menzionata nel registro dati.</translation>
    </message>
    <message>
        <source>Requests for information</source>
        <comment>the PDF&apos;s title</comment>
        <translation>Richieste di accesso</translation>
    </message>
    <message>
        <source>%1 – please write the full number by hand: it is the chassis number on your registration document</source>
        <comment>%1: the VIN with its middle hidden. The document&apos;s own words: &quot;Fahrgestell-Nr.&quot;, &quot;No de châssis&quot;, &quot;N. di telaio&quot;</comment>
        <translation>%1 – scriva a mano il numero completo: è il «N. di telaio» della Sua licenza di circolazione</translation>
    </message>
</context>
<context>
    <name>vitrine::MediaLogModel</name>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies)</source>
        <translation>
            <numerusform>Esportazione EU Data Act di Volkswagen, %Ln consegna</numerusform>
            <numerusform>Esportazione EU Data Act di Volkswagen, %Ln consegne</numerusform>
        </translation>
    </message>
    <message>
        <source>BMW CarData archive</source>
        <translation>Archivio BMW CarData</translation>
    </message>
    <message numerus="yes">
        <source>Volkswagen EU Data Act export, %Ln delivery(ies), %1</source>
        <translation>
            <numerusform>Esportazione EU Data Act di Volkswagen, %Ln consegna, %1</numerusform>
            <numerusform>Esportazione EU Data Act di Volkswagen, %Ln consegne, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Print</name>
    <message>
        <source>The review is kept: print again once this is solved.</source>
        <translation>La verifica è conservata: stampi di nuovo quando il problema sarà risolto.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is ready.</source>
        <translation>La stampante «%1» è pronta.</translation>
    </message>
    <message>
        <source>The sheet was printed on &quot;%1&quot;.</source>
        <translation>Il foglio è stato stampato su «%1».</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Su questo computer non è configurata alcuna stampante.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is not set up on this computer. Check the name of the printer in the kiosk&apos;s settings.</source>
        <translation>La stampante «%1» non è configurata su questo computer. Verifichi il nome della stampante nelle impostazioni della postazione.</translation>
    </message>
    <message>
        <source>Several printers are set up and none of them is the default. Choose one in the kiosk&apos;s settings.</source>
        <translation>Sono configurate più stampanti, ma nessuna è quella predefinita. Ne scelga una nelle impostazioni della postazione.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>Il servizio di stampa di questo computer (CUPS) non risponde.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; is paused. Resume it (for example with: cupsenable %1).</source>
        <translation>La stampante «%1» è in pausa. La riattivi (per esempio con: cupsenable %1).</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; does not accept print jobs at the moment. Let it accept them again (for example with: cupsaccept %1).</source>
        <translation>La stampante «%1» al momento non accetta lavori di stampa. Faccia in modo che li accetti di nuovo (per esempio con: cupsaccept %1).</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet this kiosk issued, or it was changed since. Nothing was printed.</source>
        <translation>Il file %1 non è un foglio emesso da questa postazione, oppure è stato modificato in seguito. Non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>The printer &quot;%1&quot; did not take the sheet (%2).</source>
        <translation>La stampante «%1» non ha accettato il foglio (%2).</translation>
    </message>
    <message>
        <source>Printing on &quot;%1&quot; failed: the sheet did not come out.</source>
        <translation>La stampa su «%1» non è riuscita: il foglio non è uscito.</translation>
    </message>
    <message numerus="yes">
        <source>The printer &quot;%1&quot; did not finish within %n second(s), so the print was cancelled.</source>
        <translation>
            <numerusform>La stampante «%1» non ha finito entro %n secondo, perciò la stampa è stata annullata.</numerusform>
            <numerusform>La stampante «%1» non ha finito entro %n secondi, perciò la stampa è stata annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer says: &quot;%1&quot;.</source>
        <translation>La stampante segnala: «%1».</translation>
    </message>
    <message>
        <source>The sheet %1 cannot be read (%2). Nothing was printed.</source>
        <translation>Il foglio %1 non può essere letto (%2). Non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>The file %1 is not a sheet (not a PDF file). Nothing was printed.</source>
        <translation>Il file %1 non è un foglio (non è un file PDF). Non è stato stampato nulla.</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Foglio della verifica della privacy</translation>
    </message>
</context>
<context>
    <name>vitrine::Refusal</name>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>Il file non può essere aperto (%1).</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>Il file non può essere letto (%1).</translation>
    </message>
    <message>
        <source>The compressed file is damaged.</source>
        <translation>Il file compresso è danneggiato.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Il file è vuoto: non ha una riga di intestazione.</translation>
    </message>
    <message>
        <source>The first line is not a valid header.</source>
        <translation>La prima riga non è un’intestazione valida.</translation>
    </message>
    <message>
        <source>This is not a car data log (VDFL).</source>
        <translation>Questo non è un registro dati di un’auto (VDFL).</translation>
    </message>
    <message>
        <source>The file was made by a newer version of the format (%1). Please update Vitrine.</source>
        <translation>Il file è stato creato con una versione più recente del formato (%1). La preghiamo di aggiornare Vitrine.</translation>
    </message>
    <message>
        <source>The format version in the header is not valid.</source>
        <translation>La versione del formato nell’intestazione non è valida.</translation>
    </message>
    <message>
        <source>The header gives no vehicle identification number (VIN).</source>
        <translation>L’intestazione non indica il numero di identificazione del veicolo (VIN).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid vehicle identification number (VIN).</source>
        <translation>«%1» non è un numero di identificazione del veicolo (VIN) valido.</translation>
    </message>
    <message>
        <source>The header field %1 is not valid.</source>
        <translation>Il campo dell’intestazione %1 non è valido.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This is not an ordinary file: it is a folder, a device or a pipe.</source>
        <translation>Non è un file ordinario: è una cartella, un dispositivo o una pipe.</translation>
    </message>
    <message>
        <source>%1, dataset %2: %3</source>
        <translation>%1, set di dati %2: %3</translation>
    </message>
    <message>
        <source>%1, entry %2: %3</source>
        <translation>%1, elemento %2 dell’archivio: %3</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, voce %2: %3</translation>
    </message>
    <message>
        <source>This holds several logs. Please import them one by one.</source>
        <translation>Qui ci sono più registri. La preghiamo di importarli uno alla volta.</translation>
    </message>
    <message>
        <source>This holds the data of two cars (%1). Please import each car on its own.</source>
        <translation>Qui ci sono i dati di due auto (%1). La preghiamo di importare ogni auto separatamente.</translation>
    </message>
    <message>
        <source>The file is larger than a file of this kind can be.</source>
        <translation>Il file è più grande di quanto possa esserlo un file di questo tipo.</translation>
    </message>
    <message>
        <source>Vitrine does not know this kind of file. It reads car data logs (VDFL), the Volkswagen group&apos;s EU Data Act exports and BMW CarData archives.</source>
        <translation>Vitrine non conosce questo tipo di file. Legge i registri dati delle auto (VDFL), le esportazioni EU Data Act del gruppo Volkswagen e gli archivi BMW CarData.</translation>
    </message>
</context>
<context>
    <name>vitrine::Rejection</name>
    <message>
        <source>This line is not a readable record.</source>
        <translation>Questa riga non è un record leggibile.</translation>
    </message>
    <message>
        <source>This line holds characters that are not valid text.</source>
        <translation>Questa riga contiene caratteri che non sono testo valido.</translation>
    </message>
    <message>
        <source>This line is longer than 1 MB.</source>
        <translation>Questa riga supera 1 MB.</translation>
    </message>
    <message>
        <source>The time (t) is missing.</source>
        <translation>Manca l’ora (t).</translation>
    </message>
    <message>
        <source>The time (t) is not a valid date and time.</source>
        <translation>L’ora (t) non è una data e un’ora valide.</translation>
    </message>
    <message>
        <source>The kind of event (kind) is missing.</source>
        <translation>Manca il tipo di evento (kind).</translation>
    </message>
    <message>
        <source>The kind of event (kind) is unknown.</source>
        <translation>Il tipo di evento (kind) è sconosciuto.</translation>
    </message>
    <message>
        <source>The data (data) is missing.</source>
        <translation>Mancano i dati (data).</translation>
    </message>
    <message>
        <source>The data (data) is neither text nor a list of texts.</source>
        <translation>I dati (data) non sono né un testo né un elenco di testi.</translation>
    </message>
    <message>
        <source>The data (data) is empty.</source>
        <translation>I dati (data) sono vuoti.</translation>
    </message>
    <message>
        <source>The data item &quot;%1&quot; is not a known kind of data.</source>
        <translation>L’elemento di dati «%1» non è un tipo di dati noto.</translation>
    </message>
    <message>
        <source>The recipient (to) is missing.</source>
        <translation>Manca il destinatario (to).</translation>
    </message>
    <message>
        <source>The recipient (to) is not a valid address.</source>
        <translation>Il destinatario (to) non è un indirizzo valido.</translation>
    </message>
    <message>
        <source>The intermediary (via) is not a valid address.</source>
        <translation>L’intermediario (via) non è un indirizzo valido.</translation>
    </message>
    <message>
        <source>The size (bytes) is not a whole number of 0 or more.</source>
        <translation>La dimensione (bytes) non è un numero intero maggiore o uguale a 0.</translation>
    </message>
    <message>
        <source>The number of events (count) is not a whole number of 1 or more.</source>
        <translation>Il numero di eventi (count) non è un numero intero maggiore o uguale a 1.</translation>
    </message>
    <message>
        <source>The connection (channel) is unknown.</source>
        <translation>La connessione (channel) è sconosciuta.</translation>
    </message>
    <message>
        <source>The legal basis (basis) is unknown.</source>
        <translation>La base giuridica (basis) è sconosciuta.</translation>
    </message>
    <message>
        <source>The purpose (purpose) is not text.</source>
        <translation>La finalità (purpose) non è un testo.</translation>
    </message>
    <message>
        <source>The consent (consent) is not text.</source>
        <translation>Il consenso (consent) non è un testo.</translation>
    </message>
    <message>
        <source>This line was rejected.</source>
        <translation>Questa riga è stata scartata.</translation>
    </message>
    <message>
        <source>The size (bytes) is larger than a log can hold: over 10^15 (1 PB).</source>
        <translation>La dimensione (bytes) supera quanto un registro può contenere: oltre 10^15 (1 PB).</translation>
    </message>
    <message>
        <source>The number of events (count) is larger than a log can hold: over 10^12.</source>
        <translation>Il numero di eventi (count) supera quanto un registro può contenere: oltre 10^12.</translation>
    </message>
    <message>
        <source>The dataset %1 cannot be read.</source>
        <translation>Il set di dati %1 non può essere letto.</translation>
    </message>
    <message>
        <source>The dataset %1 holds no list of data.</source>
        <translation>Il set di dati %1 non contiene alcuna lista di dati.</translation>
    </message>
    <message>
        <source>%1 declares a document type. Vitrine does not read such files.</source>
        <translation>%1 dichiara un tipo di documento. Vitrine non legge file di questo genere.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 è danneggiato.</translation>
    </message>
    <message>
        <source>%1 is damaged from line %2 on. What came before was read.</source>
        <translation>%1 è danneggiato dalla riga %2 in poi. Ciò che precede è stato letto.</translation>
    </message>
    <message>
        <source>%1 is nested too deep to be read.</source>
        <translation>%1 è annidato troppo in profondità per essere letto.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Il file %1 non può essere letto.</translation>
    </message>
</context>
<context>
    <name>vitrine::Review</name>
    <message>
        <source>unknown recipient</source>
        <translation>destinatario sconosciuto</translation>
    </message>
    <message>
        <source>unknown country</source>
        <translation>Paese sconosciuto</translation>
    </message>
    <message>
        <source>New recipient: %1</source>
        <translation>Nuovo destinatario: %1</translation>
    </message>
    <message>
        <source>No longer received data: %1</source>
        <translation>Non ha più ricevuto dati: %1</translation>
    </message>
    <message>
        <source>Newly recorded: %1</source>
        <translation>Registrato per la prima volta: %1</translation>
    </message>
    <message>
        <source>No longer recorded: %1</source>
        <translation>Non più registrato: %1</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % more per day than last time.</source>
        <translation>La Sua auto ha registrato circa il %1 % in più al giorno rispetto all’ultima volta.</translation>
    </message>
    <message>
        <source>Your car recorded about %1 % less per day than last time.</source>
        <translation>La Sua auto ha registrato circa il %1 % in meno al giorno rispetto all’ultima volta.</translation>
    </message>
    <message>
        <source>Your car recorded about as much per day as last time.</source>
        <translation>La Sua auto ha registrato al giorno più o meno quanto l’ultima volta.</translation>
    </message>
    <message>
        <source>Your car</source>
        <translation>La Sua auto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln riga letta</numerusform>
            <numerusform>%Ln righe lette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln scartata</numerusform>
            <numerusform>%Ln scartate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <comment>flow picture: Location to HERE: about 300 times</comment>
        <translation>%1 verso %2: %3</translation>
    </message>
    <message>
        <source>Week of %1: nothing was recorded.</source>
        <translation>Settimana del %1: non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>%1: nothing was recorded.</source>
        <translation>%1: non è stato registrato nulla.</translation>
    </message>
    <message>
        <source>Week of %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>Settimana del %1: dati registrati %2 (ogni tipo contato a parte).</translation>
    </message>
    <message>
        <source>%1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>%1: dati registrati %2 (ogni tipo contato a parte).</translation>
    </message>
    <message>
        <source>The busiest week began on %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 1&apos;200 times</comment>
        <translation>La settimana più intensa è iniziata il %1: dati registrati %2 (ogni tipo contato a parte).</translation>
    </message>
    <message>
        <source>The busiest day was %1: data recorded %2 (each kind counted).</source>
        <comment>%2 is a number of times: about 300 times</comment>
        <translation>Il giorno più intenso è stato il %1: dati registrati %2 (ogni tipo contato a parte).</translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n week(s) only.</source>
        <translation>
            <numerusform>Il grafico mostra solo %n settimana, l’ultima.</numerusform>
            <numerusform>Il grafico mostra solo le ultime %n settimane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chart shows the last %n day(s) only.</source>
        <translation>
            <numerusform>Il grafico mostra solo %n giorno, l’ultimo.</numerusform>
            <numerusform>Il grafico mostra solo gli ultimi %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first event is on %1, about %2 after the declared start (%3).</source>
        <translation>Il primo evento è del %1, circa %2 dopo l’inizio indicato (%3).</translation>
    </message>
    <message>
        <source>The last event is on %1, about %2 before the declared end (%3).</source>
        <translation>L’ultimo evento è del %1, circa %2 prima della fine indicata (%3).</translation>
    </message>
    <message>
        <source>The file may be cut short: export it again if you can. The customer is told as well.</source>
        <translation>Il file potrebbe essere troncato: se possibile, lo esporti di nuovo. Anche la clientela ne viene informata.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <comment>flow picture: recipients grouped together</comment>
        <translation>
            <numerusform>%Ln altro</numerusform>
            <numerusform>altri %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sheet</name>
    <message>
        <source>Privacy review of your car</source>
        <comment>title of the sheet</comment>
        <translation>Verifica della privacy della Sua auto</translation>
    </message>
    <message>
        <source>Review of %1</source>
        <comment>the date of the review</comment>
        <translation>Verifica del %1</translation>
    </message>
    <message>
        <source>The export does not say which period it covers.</source>
        <translation>L’esportazione non indica quale periodo copre.</translation>
    </message>
    <message>
        <source>The file holds no readable events.</source>
        <translation>Il file non contiene eventi leggibili.</translation>
    </message>
    <message>
        <source>How many times your car recorded each kind of data, kept in the car or sent out. The most private kinds come first.</source>
        <translation>Quante volte la Sua auto ha registrato ogni tipo di dati, rimasti nell’auto o inviati all’esterno. Prima vengono i tipi più privati.</translation>
    </message>
    <message>
        <source>A row for each recipient. The numbers say about how many times each kind of data went to it; – means none.</source>
        <translation>Una riga per destinatario. I numeri indicano circa quante volte ogni tipo di dati gli è stato inviato; – significa nessun invio.</translation>
    </message>
    <message>
        <source>Recipient</source>
        <comment>table column</comment>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Country and its data protection</source>
        <comment>table column</comment>
        <translation>Paese e protezione dei dati</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <comment>a table going on over the page</comment>
        <translation>%1 (continuazione)</translation>
    </message>
    <message>
        <source>At your next visit, this part of the sheet will show what has changed since today.</source>
        <translation>Alla Sua prossima visita, questa parte del foglio mostrerà che cosa è cambiato da oggi.</translation>
    </message>
    <message>
        <source>Your choices and the next steps</source>
        <translation>Le Sue scelte e i prossimi passi</translation>
    </message>
    <message>
        <source>For each recipient, what you chose at the kiosk:</source>
        <translation>Per ogni destinatario, ciò che ha scelto alla postazione:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient: the choices for it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>You did not ask for any change today. That is fine: you can use your rights at any time, as explained below.</source>
        <translation>Oggi non ha chiesto alcuna modifica. Va bene così: può esercitare i Suoi diritti in qualsiasi momento, come spiegato qui sotto.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Come procedere</translation>
    </message>
    <message>
        <source>Switch off:</source>
        <comment>next step</comment>
        <translation>Disattivare:</translation>
    </message>
    <message>
        <source>in the car&apos;s settings or in the carmaker&apos;s app; your advisor can show you where. Some services may stop working.</source>
        <translation>nelle impostazioni dell’auto o nell’app della casa automobilistica; il Suo consulente può mostrarLe dove. Alcuni servizi potrebbero non funzionare più.</translation>
    </message>
    <message>
        <source>Ask to delete:</source>
        <comment>next step</comment>
        <translation>Chiedere la cancellazione:</translation>
    </message>
    <message>
        <source>Ask for a copy:</source>
        <comment>next step</comment>
        <translation>Chiedere una copia:</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). As a rule the answer is free of charge and due within 30 days.</source>
        <translation>scriva al contatto per la protezione dei dati del destinatario (vedi sotto). Di regola la risposta è gratuita e va data entro 30 giorni.</translation>
    </message>
    <message>
        <source>You send these requests yourself, by e-mail or by letter. No answer within 30 days? Write again, or turn to the FDPIC (see below).</source>
        <translation>Queste richieste le invia personalmente, per e-mail o per lettera. Nessuna risposta entro 30 giorni? Scriva di nuovo o si rivolga all’IFPDT (vedi sotto).</translation>
    </message>
    <message>
        <source>You can ask a recipient to correct wrong data, to delete data, or to stop using it or passing it on. Once you have objected, it may go on only with a reason the law accepts.</source>
        <translation>Può chiedere a un destinatario di rettificare dati errati, di cancellare dati o di smettere di usarli o di trasmetterli. Dopo la Sua opposizione, il destinatario può continuare solo per un motivo riconosciuto dalla legge.</translation>
    </message>
    <message>
        <source>How to use them.</source>
        <comment>a right, in bold</comment>
        <translation>Come esercitarli.</translation>
    </message>
    <message>
        <source>If you get no answer.</source>
        <comment>a right, in bold</comment>
        <translation>Se non riceve risposta.</translation>
    </message>
    <message>
        <source>You can report it to the Federal Data Protection and Information Commissioner (FDPIC), Feldeggweg 1, 3003 Bern, www.edoeb.admin.ch. You can also enforce your rights before a civil court.</source>
        <comment>FDPIC: the official name in each language: EDÖB (Eidgenössischer Datenschutz- und Öffentlichkeitsbeauftragter), PFPDT (Préposé fédéral à la protection des données et à la transparence), IFPDT (Incaricato federale della protezione dei dati e della trasparenza)</comment>
        <translation>Può segnalarlo all’Incaricato federale della protezione dei dati e della trasparenza (IFPDT), Feldeggweg 1, 3003 Berna, www.edoeb.admin.ch. Può anche far valere i Suoi diritti davanti a un tribunale civile.</translation>
    </message>
    <message>
        <source>Not known to us. Ask your carmaker who receives data at this address.</source>
        <translation>Non lo conosciamo. Chieda alla casa automobilistica chi riceve i dati a questo indirizzo.</translation>
    </message>
    <message>
        <source>Not known to us. Ask %1 who receives data at this address.</source>
        <comment>%1: the carmaker</comment>
        <translation>Non lo conosciamo. Chieda a %1 chi riceve i dati a questo indirizzo.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. See the privacy notice on its website.</source>
        <translation>Nessun contatto noto per la protezione dei dati. Consulti l’informativa sulla privacy sul sito web dell’azienda.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask your carmaker to pass your request on.</source>
        <translation>Nessun contatto noto per la protezione dei dati. Chieda alla casa automobilistica di inoltrare la Sua richiesta.</translation>
    </message>
    <message>
        <source>No privacy contact known to us. Ask %1 to pass your request on.</source>
        <comment>%1: the carmaker</comment>
        <translation>Nessun contatto noto per la protezione dei dati. Chieda a %1 di inoltrare la Sua richiesta.</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Web: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <source>Post: %1</source>
        <translation>Posta: %1</translation>
    </message>
    <message>
        <source>How to reach each recipient</source>
        <translation>Come contattare ogni destinatario</translation>
    </message>
    <message>
        <source>What this sheet cannot tell</source>
        <translation>Che cosa questo foglio non può dire</translation>
    </message>
    <message>
        <source>It shows only what the file exported from your car contains. Data that is not in this file, for example what your phone or its apps sent, does not appear here.</source>
        <translation>Mostra solo ciò che contiene il file esportato dalla Sua auto. I dati che non sono in questo file, per esempio ciò che hanno inviato il Suo telefono o le Sue app, non compaiono qui.</translation>
    </message>
    <message>
        <source>It cannot show what a recipient did with the data afterwards, nor to whom it passed it on later.</source>
        <translation>Non può mostrare che cosa un destinatario abbia fatto in seguito con i dati, né a chi li abbia trasmessi più tardi.</translation>
    </message>
    <message>
        <source>Who runs an address, and in which country, comes from our list of recipients of %1. An address that is not on it is shown as unknown, never guessed.</source>
        <translation>Chi gestisce un indirizzo, e in quale Paese, proviene dal nostro elenco dei destinatari del %1. Un indirizzo che non vi figura è indicato come sconosciuto: non tiriamo mai a indovinare.</translation>
    </message>
    <message>
        <source>How to check this sheet</source>
        <translation>Come verificare questo foglio</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Codice di verifica</translation>
    </message>
    <message>
        <source>none: this sheet was not registered</source>
        <translation>nessuno: questo foglio non è stato registrato</translation>
    </message>
    <message>
        <source>With this code, the dealer can confirm that this sheet is genuine. The square code holds the same.</source>
        <translation>Con questo codice il garage può confermare che questo foglio è autentico. Il codice quadrato contiene la stessa informazione.</translation>
    </message>
    <message>
        <source>Fingerprint of the imported file (SHA-256)</source>
        <translation>Impronta del file importato (SHA-256)</translation>
    </message>
    <message>
        <source>The dealer kept only this fingerprint, not the file. The same file always gives the same fingerprint.</source>
        <translation>Il garage ha conservato solo questa impronta, non il file. Lo stesso file dà sempre la stessa impronta.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Firme</translation>
    </message>
    <message>
        <source>The advisor</source>
        <translation>Consulente</translation>
    </message>
    <message>
        <source>The advisor, %1</source>
        <comment>%1: the advisor&apos;s name</comment>
        <translation>Consulente, %1</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non firmato</translation>
    </message>
    <message>
        <source>Verification code %1</source>
        <translation>Codice di verifica %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
    <message>
        <source>The demo&apos;s certificate could not be made: no temporary folder.</source>
        <translation>Non è stato possibile creare il certificato dimostrativo: nessuna cartella temporanea.</translation>
    </message>
    <message>
        <source>The sheet cannot be signed: %1 See packaging/dealer-certificate.md to set up the dealer&apos;s certificate.</source>
        <translation>Il foglio non può essere firmato: %1 Vedi packaging/dealer-certificate.md per configurare il certificato del garage.</translation>
    </message>
    <message>
        <source>There is no review to make a sheet of.</source>
        <translation>Non c’è nessuna verifica da cui creare un foglio.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open, so the sheet cannot be kept.</source>
        <translation>L’archivio della postazione non è aperto, quindi il foglio non può essere conservato.</translation>
    </message>
    <message>
        <source>The sheet cannot be written: the kiosk has no temporary folder.</source>
        <translation>Il foglio non può essere scritto: la postazione non ha una cartella temporanea.</translation>
    </message>
    <message>
        <source>The sheet could not be written: %1</source>
        <translation>Non è stato possibile scrivere il foglio: %1</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Foglio della verifica della privacy</translation>
    </message>
    <message>
        <source>The sheet could not be signed: %1</source>
        <translation>Non è stato possibile firmare il foglio: %1</translation>
    </message>
    <message>
        <source>The letters cannot be written: the kiosk has no temporary folder.</source>
        <translation>Le lettere non possono essere scritte: la postazione non ha una cartella temporanea.</translation>
    </message>
    <message>
        <source>Information request letters</source>
        <translation>Lettere di richiesta d’accesso</translation>
    </message>
    <message>
        <source>(The print could not be counted in the kiosk&apos;s records: %1)</source>
        <translation>(La stampa non è stata conteggiata nell’archivio della postazione: %1)</translation>
    </message>
    <message>
        <source>This sheet was made without the dealer&apos;s records of earlier visits, so it cannot show what has changed since then.</source>
        <translation>Questo foglio è stato creato senza i dati del garage sulle visite precedenti, quindi non può mostrare che cosa è cambiato da allora.</translation>
    </message>
    <message>
        <source>printed</source>
        <comment>what became of a sheet</comment>
        <translation>stampato</translation>
    </message>
    <message>
        <source>saved on a USB stick</source>
        <comment>what became of a sheet</comment>
        <translation>salvato su una chiavetta USB</translation>
    </message>
    <message>
        <source>kept to print later</source>
        <comment>what became of a sheet</comment>
        <translation>conservato per la stampa successiva</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate, so it cannot sign sheets.</source>
        <translation>Questa postazione non ha un certificato del garage, quindi non può firmare i fogli.</translation>
    </message>
    <message>
        <source>This kiosk cannot sign sheets with its dealer certificate.</source>
        <translation>Questa postazione non può firmare i fogli con il suo certificato del garage.</translation>
    </message>
    <message>
        <source>The dealer certificate expires today, %1.</source>
        <translation>Il certificato del garage scade oggi, %1.</translation>
    </message>
    <message numerus="yes">
        <source>The dealer certificate expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>Il certificato del garage scade il %1, tra %n giorno.</numerusform>
            <numerusform>Il certificato del garage scade il %1, tra %n giorni.</numerusform>
        </translation>
    </message>
    <message>
        <source>After that day the kiosk cannot sign sheets. Renew the certificate in %1 before then, as packaging/dealer-certificate.md explains.</source>
        <translation>Dopo quel giorno la postazione non può più firmare i fogli. Rinnovi prima il certificato in %1, come spiega packaging/dealer-certificate.md.</translation>
    </message>
    <message>
        <source>Your sheet is printed. Please take it from the printer.</source>
        <translation>Il Suo foglio è stampato. Lo prenda dalla stampante, per favore.</translation>
    </message>
    <message>
        <source>The printer cannot be reached at the moment.</source>
        <translation>Al momento la stampante non è raggiungibile.</translation>
    </message>
    <message>
        <source>The printer is not taking sheets at the moment.</source>
        <translation>Al momento la stampante non accetta fogli.</translation>
    </message>
    <message>
        <source>The printer did not print your sheet.</source>
        <translation>La stampante non ha stampato il Suo foglio.</translation>
    </message>
    <message>
        <source>Your sheet could not be sent to the printer.</source>
        <translation>Non è stato possibile inviare il Suo foglio alla stampante.</translation>
    </message>
    <message>
        <source>Please plug your USB stick into the kiosk now. If it is in already, take it out and plug it in again.</source>
        <translation>Inserisca ora la Sua chiavetta USB nella postazione. Se è già inserita, la estragga e la inserisca di nuovo.</translation>
    </message>
    <message>
        <source>Saving your sheet on your USB stick.</source>
        <translation>Salvataggio del Suo foglio sulla Sua chiavetta USB.</translation>
    </message>
    <message>
        <source>Saved on your USB stick as %1. You can take the stick out now.</source>
        <translation>Salvato sulla Sua chiavetta USB come %1. Ora può estrarre la chiavetta.</translation>
    </message>
    <message>
        <source>No USB stick was found.</source>
        <translation>Non è stata trovata nessuna chiavetta USB.</translation>
    </message>
    <message>
        <source>Your USB stick does not take new files. It may be locked.</source>
        <translation>La Sua chiavetta USB non accetta nuovi file. Forse è bloccata.</translation>
    </message>
    <message>
        <source>Your USB stick is full. Free some space, or use another one.</source>
        <translation>La Sua chiavetta USB è piena. Liberi spazio o ne usi un’altra.</translation>
    </message>
    <message>
        <source>Your sheet could not be saved on the USB stick.</source>
        <translation>Non è stato possibile salvare il Suo foglio sulla chiavetta USB.</translation>
    </message>
    <message>
        <source>Your advisor keeps your sheet and will print it for you.</source>
        <translation>Il Suo consulente conserva il Suo foglio e lo stamperà per Lei.</translation>
    </message>
    <message>
        <source>Your sheet could not be kept. Please call your advisor.</source>
        <translation>Non è stato possibile conservare il Suo foglio. Chiami il Suo consulente, per favore.</translation>
    </message>
    <message>
        <source>No free verification code could be drawn.</source>
        <translation>Non è stato possibile estrarre un codice di verifica libero.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are not open.</source>
        <translation>L’archivio della postazione non è aperto.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <comment>when a print failed, why</comment>
        <translation>Alle %1: %2</translation>
    </message>
    <message>
        <source>The letters are printed.</source>
        <translation>Le lettere sono stampate.</translation>
    </message>
    <message>
        <source>The letters could not be printed: the printer cannot be used at the moment.</source>
        <translation>Non è stato possibile stampare le lettere: al momento la stampante non è utilizzabile.</translation>
    </message>
    <message>
        <source>The sheet %1 was printed, but the kiosk&apos;s records could not count it: %2</source>
        <translation>Il foglio %1 è stato stampato, ma l’archivio della postazione non ha potuto contarlo: %2</translation>
    </message>
    <message>
        <source>For a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1 as packaging/dealer-certificate.md explains. Then tap Check again.</source>
        <translation>Per una prova, ne crei uno con «vitrine-cli cert init --nss-dir %1 --name NAME». Per il garage, importi il suo file PKCS#12 in %1 come spiega packaging/dealer-certificate.md. Poi tocchi Verifica di nuovo.</translation>
    </message>
    <message>
        <source>This kiosk has no dealer certificate yet, so it cannot sign the sheet. Advisor: for a trial, make one with &quot;vitrine-cli cert init --nss-dir %1 --name NAME&quot;. For the dealership, import its PKCS#12 file into %1, as packaging/dealer-certificate.md explains. Then try again.</source>
        <translation>Questa postazione non ha ancora un certificato del garage, quindi non può firmare il foglio. Consulente: per una prova, ne crei uno con «vitrine-cli cert init --nss-dir %1 --name NAME». Per il garage, importi il suo file PKCS#12 in %1, come spiega packaging/dealer-certificate.md. Poi riprovi.</translation>
    </message>
    <message>
        <source>“Adequate protection” means that Switzerland recognises the country&apos;s data protection as adequate. These countries are listed in Annex 1 of the Data Protection Ordinance (as of %1). In the USA, this holds only for companies certified under the Swiss-US Data Privacy Framework (DPF). Data sent to other countries needs extra safeguards, such as special contracts, or your consent.</source>
        <translation>«Protezione adeguata» significa che la Svizzera riconosce come adeguata la protezione dei dati del Paese. Questi Paesi figurano nell’allegato 1 dell’ordinanza sulla protezione dei dati (stato al %1). Negli Stati Uniti, ciò vale solo per le aziende certificate secondo lo Swiss-US Data Privacy Framework (DPF). Per i dati inviati in altri Paesi servono garanzie supplementari, come contratti specifici, o il Suo consenso.</translation>
    </message>
    <message>
        <source>Your rights under the Swiss data protection act (FADP)</source>
        <translation>I Suoi diritti secondo la legge svizzera sulla protezione dei dati (LPD)</translation>
    </message>
    <message>
        <source>Right to information (art. 25 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Diritto d’accesso (art. 25 LPD).</translation>
    </message>
    <message>
        <source>You can ask any recipient whether it holds data about you and your car. If it does, it must tell you which data, what it is used for and how long it is kept. It must also say where the data came from and to whom it passed it on, including in which countries. As a rule the answer is free of charge and due within 30 days (art. 18 and 19 DPO).</source>
        <comment>DPO: the Data Protection Ordinance (DSV, OPDo, OPDa)</comment>
        <translation>Può chiedere a ogni destinatario se detiene dati su di Lei e sulla Sua auto. Se è così, deve dirLe quali dati sono, a che cosa servono e per quanto tempo li conserva. Deve anche dirLe da dove provengono i dati e a chi li ha trasmessi, anche in quali Paesi. Di regola la risposta è gratuita e va data entro 30 giorni (art. 18 e 19 OPDa).</translation>
    </message>
    <message>
        <source>Correction, deletion, objection (art. 30 and 32 FADP).</source>
        <comment>a right, in bold</comment>
        <translation>Rettifica, cancellazione, opposizione (art. 30 e 32 LPD).</translation>
    </message>
    <message>
        <source>Write to the recipient&apos;s privacy contact listed below, by e-mail or by letter. Say who you are and give your car&apos;s full VIN, so that the recipient can find the data. The VIN is the chassis number on your registration document. The recipient may ask you to prove who you are. Keep a copy of what you send.</source>
        <comment>The registration document&apos;s own words for the VIN: &quot;Fahrgestell-Nr.&quot; in the Fahrzeugausweis, &quot;No de châssis&quot; in the permis de circulation, &quot;N. di telaio&quot; in the licenza di circolazione</comment>
        <translation>Scriva al contatto per la protezione dei dati del destinatario, indicato qui sotto, per e-mail o per lettera. Dica chi è e indichi il VIN completo della Sua auto, così che il destinatario possa trovare i dati. Il VIN è il «N. di telaio» della Sua licenza di circolazione. Il destinatario può chiederLe di dimostrare la Sua identità. Conservi una copia di ciò che invia.</translation>
    </message>
    <message>
        <source>write to the recipient&apos;s privacy contact (below). The recipient must delete the data unless the law gives it a reason to keep it.</source>
        <translation>scriva al contatto per la protezione dei dati del destinatario (vedi sotto). Il destinatario deve cancellare i dati, a meno che la legge non gli dia un motivo per conservarli.</translation>
    </message>
    <message>
        <source>This sheet could not be read from the kiosk&apos;s records. %1</source>
        <translation>Non è stato possibile leggere questo foglio dai dati della postazione. %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read and are not counted here.</source>
        <translation>
            <numerusform>%Ln riga del file non è stata letta e non è conteggiata qui.</numerusform>
            <numerusform>%Ln righe del file non sono state lette e non sono conteggiate qui.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::Sign</name>
    <message>
        <source>The certificate database in %1 is protected by a password: please give it.</source>
        <translation>La banca dati dei certificati in %1 è protetta da una password: la indichi, per favore.</translation>
    </message>
    <message>
        <source>The password does not open the certificate database in %1.</source>
        <translation>La password non apre la banca dati dei certificati in %1.</translation>
    </message>
    <message>
        <source>The certificate folder %1 has no certificate named &quot;%2&quot;.</source>
        <translation>La cartella dei certificati %1 non contiene alcun certificato di nome «%2».</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; in %2 has no private key there, so it cannot sign.</source>
        <translation>Il certificato «%1» non ha una chiave privata in %2, quindi non può firmare.</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; is valid from %2 to %3 only: it cannot sign today.</source>
        <translation>Il certificato «%1» è valido solo dal %2 al %3: oggi non può firmare.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a PDF.</source>
        <translation>%1 non può essere letto come PDF.</translation>
    </message>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>Impossibile scrivere nella cartella %1: %2</translation>
    </message>
    <message>
        <source>Digitally signed by %1
%2</source>
        <comment>stamp on the sheet: two lines, the dealer&apos;s name then the date</comment>
        <translation>Firmato digitalmente da %1
%2</translation>
    </message>
    <message>
        <source>Poppler could not sign %1 with the certificate &quot;%2&quot;.</source>
        <translation>Poppler non è riuscito a firmare %1 con il certificato «%2».</translation>
    </message>
    <message>
        <source>The signed file could not be written completely in %1.</source>
        <translation>Non è stato possibile scrivere per intero il file firmato in %1.</translation>
    </message>
    <message>
        <source>Cannot put the signed file in place as %1.</source>
        <translation>Impossibile collocare il file firmato come %1.</translation>
    </message>
</context>
<context>
    <name>vitrine::Store</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La banca dati ha segnalato un errore: %1</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2.</source>
        <translation>Impossibile creare il file della banca dati %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the database file %1: %2.</source>
        <translation>Impossibile leggere il file della banca dati %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Vitrine database.</source>
        <translation>Il file %1 non è una banca dati Vitrine.</translation>
    </message>
    <message>
        <source>The passphrase is empty. The database needs a passphrase.</source>
        <translation>La passphrase è vuota. La banca dati ne richiede una.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>La libreria di cifratura non è riuscita ad avviarsi.</translation>
    </message>
    <message>
        <source>The database key could not be derived: not enough memory, or invalid key derivation settings.</source>
        <translation>Non è stato possibile derivare la chiave della banca dati: memoria insufficiente o impostazioni di derivazione non valide.</translation>
    </message>
    <message>
        <source>The passphrase does not open this database.</source>
        <translation>Questa passphrase non apre la banca dati.</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Vitrine (data format %1; this version reads up to %2). Update Vitrine to open it.</source>
        <translation>Questa banca dati è stata creata da una versione più recente di Vitrine (formato %1; questa versione legge fino al %2). Aggiorni Vitrine per aprirla.</translation>
    </message>
    <message>
        <source>The import has no vehicle identification number (VIN).</source>
        <translation>L’importazione non ha un numero di identificazione del veicolo (VIN).</translation>
    </message>
    <message>
        <source>The file fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>L’impronta del file non è uno SHA-256 (64 cifre esadecimali).</translation>
    </message>
    <message>
        <source>The review report is not valid JSON: %1</source>
        <translation>Il rapporto non è un JSON valido: %1</translation>
    </message>
    <message>
        <source>The retention period cannot be negative.</source>
        <translation>Il periodo di conservazione non può essere negativo.</translation>
    </message>
    <message>
        <source>An audit entry needs an action.</source>
        <translation>Una voce del registro di controllo richiede un’azione.</translation>
    </message>
    <message>
        <source>The audit trail has been altered: entry %1 was changed, removed or inserted.</source>
        <translation>Il registro di controllo è stato alterato: la voce %1 è stata modificata, rimossa o inserita.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code.</source>
        <translation>«%1» non è un codice di verifica.</translation>
    </message>
    <message>
        <source>The sheet&apos;s fingerprint is not a SHA-256 (64 hexadecimal digits).</source>
        <translation>L’impronta del foglio non è uno SHA-256 (64 cifre esadecimali).</translation>
    </message>
    <message>
        <source>The sheet&apos;s language &quot;%1&quot; is not one the kiosk speaks.</source>
        <translation>La postazione non parla la lingua «%1» del foglio.</translation>
    </message>
    <message>
        <source>There is no import %1 for this sheet.</source>
        <translation>Per questo foglio non esiste l’importazione %1.</translation>
    </message>
    <message>
        <source>The verification code %1 is already used.</source>
        <translation>Il codice di verifica %1 è già in uso.</translation>
    </message>
    <message>
        <source>No sheet has the verification code %1.</source>
        <translation>Nessun foglio ha il codice di verifica %1.</translation>
    </message>
    <message>
        <source>The file to keep is not the sheet %1.</source>
        <translation>Il file da conservare non è il foglio %1.</translation>
    </message>
    <message>
        <source>The database is damaged, so what it keeps cannot be read. Restore it from the backup.</source>
        <translation>La banca dati è danneggiata: il suo contenuto non può essere letto. La ripristini dalla copia di sicurezza.</translation>
    </message>
    <message>
        <source>The database file is empty: what it kept is lost. Restore it from the backup.</source>
        <translation>Il file della banca dati è vuoto: il suo contenuto è perso. Lo ripristini dalla copia di sicurezza.</translation>
    </message>
</context>
<context>
    <name>vitrine::Vault</name>
    <message>
        <source>The kiosk has no folder to keep its data in.</source>
        <translation>La postazione non ha una cartella in cui conservare i suoi dati.</translation>
    </message>
    <message>
        <source>The kiosk cannot create its data folder %1.</source>
        <translation>La postazione non riesce a creare la sua cartella dei dati %1.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>La passphrase deve avere almeno %n carattere.</numerusform>
            <numerusform>La passphrase deve avere almeno %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Please type them again.</source>
        <translation>Le due passphrase non coincidono. Le digiti di nuovo.</translation>
    </message>
    <message>
        <source>The PIN needs %1 to %2 digits.</source>
        <translation>Il PIN deve avere da %1 a %2 cifre.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please choose the PIN again.</source>
        <translation>I due PIN non coincidono. Scelga di nuovo il PIN.</translation>
    </message>
    <message>
        <source>This passphrase does not open the kiosk&apos;s records. Please check it and try again.</source>
        <translation>Questa passphrase non apre l’archivio della postazione. La controlli e riprovi.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be opened. %1</source>
        <translation>Non è stato possibile aprire l’archivio della postazione. %1</translation>
    </message>
    <message>
        <source>The PIN could not be saved. Please try again.</source>
        <translation>Non è stato possibile salvare il PIN. Riprovi.</translation>
    </message>
    <message>
        <source>One digit repeated, like 1111, is too easy to guess. Please choose another PIN.</source>
        <translation>Una sola cifra ripetuta, come 1111, è troppo facile da indovinare. Scelga un altro PIN.</translation>
    </message>
    <message>
        <source>Digits in a row, like 1234 or 4321, are too easy to guess. Please choose another PIN.</source>
        <translation>Cifre in fila, come 1234 o 4321, sono troppo facili da indovinare. Scelga un altro PIN.</translation>
    </message>
    <message>
        <source>A group of digits repeated, like 1212, is too easy to guess. Please choose another PIN.</source>
        <translation>Un gruppo di cifre ripetuto, come 1212, è troppo facile da indovinare. Scelga un altro PIN.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records are damaged and cannot be read. Please restore them from the backup.</source>
        <translation>L’archivio della postazione è danneggiato e non può essere letto. La preghiamo di ripristinarlo dalla copia di sicurezza.</translation>
    </message>
</context>
<context>
    <name>vitrine::Verify</name>
    <message>
        <source>This program already uses the certificate folder %1 and cannot switch to %2 without restarting.</source>
        <translation>Questo programma usa già la cartella dei certificati %1 e non può passare a %2 senza essere riavviato.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>In %1 non c’è alcuna banca dati dei certificati.</translation>
    </message>
    <message>
        <source>The certificate database in %1 could not be opened.</source>
        <translation>Non è stato possibile aprire la banca dati dei certificati in %1.</translation>
    </message>
    <message>
        <source>an unknown signer</source>
        <translation>un firmatario sconosciuto</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since. It matches the sheet %3 that this kiosk issued on %4.</source>
        <translation>Questo foglio è autentico. È stato firmato da %1 il %2 e da allora non è stato modificato. Corrisponde al foglio %3 emesso da questa postazione il %4.</translation>
    </message>
    <message>
        <source>This sheet is genuine. It was signed by %1 on %2 and has not been changed since.</source>
        <translation>Questo foglio è autentico. È stato firmato da %1 il %2 e da allora non è stato modificato.</translation>
    </message>
    <message>
        <source>This file cannot be read as a PDF sheet, so it cannot be checked.</source>
        <translation>Questo file non può essere letto come foglio PDF, quindi non può essere verificato.</translation>
    </message>
    <message>
        <source>This sheet has no digital signature, so nothing shows that it is genuine. Please ask the dealer for a signed copy.</source>
        <translation>Questo foglio non ha una firma digitale, quindi nulla dimostra che sia autentico. Chieda al garage una copia firmata.</translation>
    </message>
    <message>
        <source>This sheet was changed after it was signed. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>Questo foglio è stato modificato dopo la firma. Non vi faccia affidamento; chieda al garage una nuova copia.</translation>
    </message>
    <message>
        <source>The signature of this sheet is damaged and could not be checked. Do not rely on it; please ask the dealer for a new copy.</source>
        <translation>La firma di questo foglio è danneggiata e non è stato possibile verificarla. Non vi faccia affidamento; chieda al garage una nuova copia.</translation>
    </message>
    <message>
        <source>Something was added to this sheet after it was signed. The signed part is intact, but the file as a whole is not the one that was signed.</source>
        <translation>Dopo la firma è stato aggiunto qualcosa a questo foglio. La parte firmata è intatta, ma il file nel suo insieme non è quello che è stato firmato.</translation>
    </message>
    <message>
        <source>This sheet is signed in the name of %1, but not with the certificate this kiosk knows. It may not come from this dealer.</source>
        <translation>Questo foglio è firmato a nome di %1, ma non con il certificato noto a questa postazione. Potrebbe non provenire da questo garage.</translation>
    </message>
    <message>
        <source>This sheet is signed by %1, but the certificate it was signed with was expired or withdrawn at the time. Do not rely on it.</source>
        <translation>Questo foglio è firmato da %1, ma il certificato usato era allora scaduto o revocato. Non vi faccia affidamento.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of this sheet.</source>
        <translation>La firma è in ordine, ma questa postazione non ha traccia di questo foglio.</translation>
    </message>
    <message>
        <source>The signature is in order, but this kiosk has no record of the verification code %1. Please check the code.</source>
        <translation>La firma è in ordine, ma questa postazione non ha traccia del codice di verifica %1. Controlli il codice.</translation>
    </message>
    <message>
        <source>The signature is in order, but this file is not the sheet this kiosk issued with the verification code %1.</source>
        <translation>La firma è in ordine, ma questo file non è il foglio emesso da questa postazione con il codice di verifica %1.</translation>
    </message>
    <message>
        <source>Not checked: the file cannot be read.</source>
        <translation>Non verificato: il file non può essere letto.</translation>
    </message>
    <message>
        <source>No digital signature.</source>
        <translation>Nessuna firma digitale.</translation>
    </message>
    <message>
        <source>The signature is valid.</source>
        <translation>La firma è valida.</translation>
    </message>
    <message>
        <source>The signature is not valid.</source>
        <translation>La firma non è valida.</translation>
    </message>
    <message>
        <source>The signed content was changed after signing.</source>
        <translation>Il contenuto firmato è stato modificato dopo la firma.</translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation>La firma è danneggiata.</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>Non è stato possibile verificare la firma.</translation>
    </message>
    <message>
        <source>The signature was not checked.</source>
        <translation>La firma non è stata verificata.</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>Nessun certificato.</translation>
    </message>
    <message>
        <source>The certificate is trusted by this kiosk.</source>
        <translation>Questa postazione considera affidabile il certificato.</translation>
    </message>
    <message>
        <source>The certificate comes from an issuer this kiosk does not trust.</source>
        <translation>Il certificato proviene da un emittente che questa postazione non considera affidabile.</translation>
    </message>
    <message>
        <source>The certificate is not one this kiosk knows.</source>
        <translation>Questa postazione non conosce il certificato.</translation>
    </message>
    <message>
        <source>The certificate was revoked.</source>
        <translation>Il certificato è stato revocato.</translation>
    </message>
    <message>
        <source>The certificate was not valid at the signing time.</source>
        <translation>Il certificato non era valido al momento della firma.</translation>
    </message>
    <message>
        <source>The certificate could not be checked.</source>
        <translation>Non è stato possibile verificare il certificato.</translation>
    </message>
    <message>
        <source>The certificate was not checked.</source>
        <translation>Il certificato non è stato verificato.</translation>
    </message>
    <message>
        <source>Nothing is signed.</source>
        <translation>Nulla è firmato.</translation>
    </message>
    <message>
        <source>The signature covers the whole file.</source>
        <translation>La firma copre l’intero file.</translation>
    </message>
    <message>
        <source>The signature does not cover the whole file: something was added after signing.</source>
        <translation>La firma non copre l’intero file: qualcosa è stato aggiunto dopo la firma.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Il file %1 non può essere letto.</translation>
    </message>
    <message>
        <source>The file %1 is not a PDF that can be read.</source>
        <translation>Il file %1 non è un PDF leggibile.</translation>
    </message>
</context>
<context>
    <name>vitrine::cli</name>
    <message>
        <source>classify reads paths on standard input; it takes no arguments.</source>
        <translation>classify legge i percorsi dall’input standard e non accetta argomenti.</translation>
    </message>
    <message>
        <source>not a VSS path (Vehicle.…)</source>
        <translation>non è un percorso VSS (Vehicle.…)</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use fr, de, it or en.</source>
        <translation>Lingua sconosciuta «%1»: usi fr, de, it o en.</translation>
    </message>
    <message>
        <source>No passphrase: set VITRINE_PASSPHRASE or run from a terminal to be asked.</source>
        <translation>Nessuna passphrase: imposti VITRINE_PASSPHRASE o avvii il comando da un terminale per inserirla.</translation>
    </message>
    <message>
        <source>Passphrase of the kiosk&apos;s store: </source>
        <translation>Passphrase dell’archivio della postazione: </translation>
    </message>
    <message>
        <source>No passphrase given.</source>
        <translation>Nessuna passphrase inserita.</translation>
    </message>
    <message>
        <source>Writes a realistic demo car data log.</source>
        <translation>Scrive un registro dati dimostrativo e realistico di un’auto.</translation>
    </message>
    <message>
        <source>How many events.</source>
        <translation>Numero di eventi.</translation>
    </message>
    <message>
        <source>Seed: the same seed gives the same log.</source>
        <translation>Seme: lo stesso seme dà lo stesso registro.</translation>
    </message>
    <message>
        <source>Days covered.</source>
        <translation>Giorni coperti.</translation>
    </message>
    <message>
        <source>Output file; gzip when it ends in .gz.</source>
        <translation>File di output, compresso con gzip se termina con .gz.</translation>
    </message>
    <message>
        <source>--events and --days take whole numbers of 1 or more; --seed a whole number of 0 or more.</source>
        <translation>--events e --days richiedono numeri interi da 1 in su, --seed un numero intero da 0 in su.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 records, %3 events, VIN %4.</source>
        <translation>Scritto %1: %2 record, %3 eventi, VIN %4.</translation>
    </message>
    <message>
        <source>Shows what a car data log holds.</source>
        <translation>Mostra il contenuto di un registro dati di un’auto.</translation>
    </message>
    <message>
        <source>The machine-readable report.</source>
        <translation>Il rapporto leggibile dalla macchina.</translation>
    </message>
    <message>
        <source>Language of the plain report.</source>
        <translation>Lingua del rapporto in linguaggio semplice.</translation>
    </message>
    <message>
        <source>The log file.</source>
        <translation>Il file di registro.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando sconosciuto «%1».</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file.</source>
        <translation>Il file dell’archivio cifrato.</translation>
    </message>
    <message>
        <source>Language of the messages.</source>
        <translation>Lingua dei messaggi.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keeps a log&apos;s summary in the encrypted store.</source>
        <translation>Conserva il riepilogo di un registro nell’archivio cifrato.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): nothing new kept.</source>
        <translation>%1 è già stato importato il %2 (importazione %3): non è stato conservato nulla di nuovo.</translation>
    </message>
    <message>
        <source>Nothing was kept: %1</source>
        <translation>Non è stato conservato nulla: %1</translation>
    </message>
    <message>
        <source>Imported %1 for the car %2 (import %3).</source>
        <translation>%1 importato per l’auto %2 (importazione %3).</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Lists the earlier imports of a car.</source>
        <translation>Elenca le importazioni precedenti di un’auto.</translation>
    </message>
    <message>
        <source>No import of the car %1 is kept.</source>
        <translation>Non è conservata alcuna importazione dell’auto %1.</translation>
    </message>
    <message>
        <source>Import %1 on %2: %3</source>
        <translation>Importazione %1 del %2: %3</translation>
    </message>
    <message>
        <source>Events from %1 to %2: %3</source>
        <translation>Eventi dal %1 al %2: %3</translation>
    </message>
    <message>
        <source>Lines: %1 read, %2 rejected</source>
        <translation>Righe: %1 lette, %2 scartate</translation>
    </message>
    <message>
        <source>Only the summary was kept, not the records.</source>
        <translation>È stato conservato solo il riepilogo, non i record.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) read</source>
        <translation>
            <numerusform>%Ln riga letta</numerusform>
            <numerusform>%Ln righe lette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected</source>
        <translation>
            <numerusform>%Ln scartata</numerusform>
            <numerusform>%Ln scartate</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS).</source>
        <translation>La cartella della banca dati dei certificati della postazione (NSS).</translation>
    </message>
    <message>
        <source>The certificate&apos;s name in the database (default: %1).</source>
        <translation>Il nome del certificato nella banca dati (predefinito: %1).</translation>
    </message>
    <message>
        <source>A file whose first line is the certificate database&apos;s password (else VITRINE_NSS_PASSWORD; none when neither is set).</source>
        <translation>Un file la cui prima riga è la password della banca dati dei certificati (altrimenti VITRINE_NSS_PASSWORD; nessuna se mancano entrambi).</translation>
    </message>
    <message>
        <source>Nickname: %1</source>
        <translation>Alias: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Soggetto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emittente: %1</translation>
    </message>
    <message>
        <source>itself (self-signed)</source>
        <translation>sé stesso (autofirmato)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Impronta SHA-256: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2 (Swiss time)</source>
        <translation>Valido dal %1 al %2 (ora svizzera)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Chiave: %1</translation>
    </message>
    <message>
        <source>locked (give the database&apos;s password to check)</source>
        <translation>bloccata (indichi la password della banca dati per verificare)</translation>
    </message>
    <message>
        <source>present: this kiosk can sign with it</source>
        <translation>presente: questa postazione può usarla per firmare</translation>
    </message>
    <message>
        <source>missing: this kiosk cannot sign with it</source>
        <translation>assente: questa postazione non può usarla per firmare</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>Chiave privata: %1</translation>
    </message>
    <message>
        <source>Makes a self-signed dealer certificate, for a demo or a test.</source>
        <translation>Crea un certificato autofirmato del garage, per una dimostrazione o un test.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, as the sheet&apos;s signature shows it.</source>
        <translation>Il nome del garage, come appare nella firma del foglio.</translation>
    </message>
    <message>
        <source>How many years it is valid (default: 5).</source>
        <translation>Anni di validità (predefinito: 5).</translation>
    </message>
    <message>
        <source>Replace a certificate that has the same nickname.</source>
        <translation>Sostituire un certificato con lo stesso alias.</translation>
    </message>
    <message>
        <source>Give the dealer&apos;s name with --name.</source>
        <translation>Indichi il nome del garage con --name.</translation>
    </message>
    <message>
        <source>--years needs a whole number of years.</source>
        <translation>--years richiede un numero intero di anni.</translation>
    </message>
    <message>
        <source>Made a self-signed certificate for &quot;%1&quot; in %2.</source>
        <translation>Creato un certificato autofirmato per «%1» in %2.</translation>
    </message>
    <message>
        <source>It is meant for a demo or a test: a dealer imports its real certificate instead (see packaging/dealer-certificate.md).</source>
        <translation>È pensato per una dimostrazione o un test: un garage importa invece il suo vero certificato (vedi packaging/dealer-certificate.md).</translation>
    </message>
    <message>
        <source>The certificate database has no password: anyone who can read the folder can sign as this dealer.</source>
        <translation>La banca dati dei certificati non ha una password: chiunque possa leggere la cartella può firmare a nome di questo garage.</translation>
    </message>
    <message>
        <source>Shows the dealer certificate the kiosk signs with.</source>
        <translation>Mostra il certificato del garage con cui firma la postazione.</translation>
    </message>
    <message>
        <source>Usage: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
       vitrine-cli cert show --nss-dir DIR</source>
        <translation>Uso: vitrine-cli cert init --nss-dir DIR --name NAME [--force]
     vitrine-cli cert show --nss-dir DIR</translation>
    </message>
    <message>
        <source>Signs a PDF with the dealer&apos;s certificate.</source>
        <translation>Firma un PDF con il certificato del garage.</translation>
    </message>
    <message>
        <source>Sign without drawing a stamp.</source>
        <translation>Firmare senza disegnare un timbro.</translation>
    </message>
    <message>
        <source>The signature&apos;s reason.</source>
        <translation>Il motivo della firma.</translation>
    </message>
    <message>
        <source>The signature&apos;s location.</source>
        <translation>Il luogo della firma.</translation>
    </message>
    <message>
        <source>The PDF to sign.</source>
        <translation>Il PDF da firmare.</translation>
    </message>
    <message>
        <source>The signed PDF to write.</source>
        <translation>Il PDF firmato da scrivere.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>Signed %1 as %2.</source>
        <translation>%1 firmato e salvato come %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is empty: its first line should be the secret.</source>
        <translation>Il file %1 è vuoto: la sua prima riga dovrebbe contenere il segreto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a recipient without a letter (the reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Language of the letters.</source>
        <translation>Lingua delle lettere.</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>Il PDF da scrivere.</translation>
    </message>
    <message>
        <source>A recipient to write to: org:ID, a catalogue id or a host (may be given several times).</source>
        <translation>Un destinatario a cui scrivere: org:ID, un id del catalogo o un host (si può indicare più volte).</translation>
    </message>
    <message>
        <source>Write to every known organisation that the log names.</source>
        <translation>Scrivere a ogni organizzazione nota citata nel registro.</translation>
    </message>
    <message>
        <source>Print the VIN in full (by default it is masked, with a line to write it in by hand).</source>
        <translation>Stampare il VIN per intero (per impostazione predefinita è mascherato, con una riga per scriverlo a mano).</translation>
    </message>
    <message>
        <source>Say whom to write to: --recipient ID (once or more) or --all.</source>
        <translation>Indichi a chi scrivere: --recipient ID (una o più volte) o --all.</translation>
    </message>
    <message>
        <source>No letter for: %1.</source>
        <translation>Nessuna lettera per: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n letter(s) to %1.</source>
        <translation>
            <numerusform>%n lettera scritta in %1.</numerusform>
            <numerusform>%n lettere scritte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language of the sheet.</source>
        <translation>Lingua del foglio.</translation>
    </message>
    <message>
        <source>The dealer&apos;s address (\n between lines).</source>
        <translation>L’indirizzo del garage (\n tra le righe).</translation>
    </message>
    <message>
        <source>The advisor&apos;s name, under the signature.</source>
        <translation>Il nome del consulente, sotto la firma.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1.</source>
        <translation>
            <numerusform>%n pagina scritta in %1.</numerusform>
            <numerusform>%n pagine scritte in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>not checked (give --db to look it up in the kiosk&apos;s records)</source>
        <translation>non verificato (indichi --db per cercarlo nell’archivio della postazione)</translation>
    </message>
    <message>
        <source>found in the kiosk&apos;s records</source>
        <translation>trovato nell’archivio della postazione</translation>
    </message>
    <message>
        <source>not found in the kiosk&apos;s records</source>
        <translation>non trovato nell’archivio della postazione</translation>
    </message>
    <message>
        <source>issued for another file</source>
        <translation>emesso per un altro file</translation>
    </message>
    <message>
        <source>Checks that a privacy review sheet is genuine.</source>
        <translation>Controlla che un foglio della verifica della privacy sia autentico.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file, to match the sheet&apos;s verification code against its records.</source>
        <translation>Il file dell’archivio cifrato, per confrontare il codice di verifica del foglio con i suoi dati.</translation>
    </message>
    <message>
        <source>A file whose first line is the store&apos;s passphrase (else VITRINE_PASSPHRASE, or asked).</source>
        <translation>Un file la cui prima riga è la passphrase dell’archivio (altrimenti VITRINE_PASSPHRASE, o richiesta).</translation>
    </message>
    <message>
        <source>The verification code as printed on the paper sheet (else the one in the file).</source>
        <translation>Il codice di verifica come stampato sul foglio cartaceo (altrimenti quello nel file).</translation>
    </message>
    <message>
        <source>The sheet to check.</source>
        <translation>Il foglio da verificare.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1.</source>
        <translation>In %1 non c’è una banca dati dei certificati.</translation>
    </message>
    <message>
        <source>The check could not be written to the audit trail: %1</source>
        <translation>Non è stato possibile scrivere la verifica nel registro di controllo: %1</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <source>Verdict:</source>
        <translation>Esito:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Firmatario:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Firmato il:</translation>
    </message>
    <message>
        <source>%1 (Swiss time)</source>
        <translation>%1 (ora svizzera)</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificato:</translation>
    </message>
    <message>
        <source>Coverage:</source>
        <translation>Copertura:</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>Codice di verifica:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>none on the sheet; the file is the sheet %1 in the kiosk&apos;s records</source>
        <translation>nessuno sul foglio; il file è il foglio %1 nell’archivio della postazione</translation>
    </message>
    <message>
        <source>none found on the sheet</source>
        <translation>nessuno trovato sul foglio</translation>
    </message>
    <message>
        <source>See: vitrine-cli sheet --help</source>
        <translation>Vedi: vitrine-cli sheet --help</translation>
    </message>
    <message>
        <source>The folder of the kiosk&apos;s certificate database (NSS), to sign the sheet.</source>
        <translation>La cartella della banca dati dei certificati della postazione (NSS), per firmare il foglio.</translation>
    </message>
    <message>
        <source>Write an unsigned draft instead (no --nss-dir, no --db): it is not a sheet to hand out.</source>
        <translation>Scrivere invece una bozza non firmata (senza --nss-dir né --db): non è un foglio da consegnare.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: keep the log&apos;s summary and the sheet, and compare with the car&apos;s previous review.</source>
        <translation>Il file dell’archivio cifrato: conservare il riepilogo del registro e il foglio, e confrontare con la verifica precedente dell’auto.</translation>
    </message>
    <message>
        <source>The dealer&apos;s name, printed at the top (default: the certificate&apos;s name).</source>
        <translation>Il nome del garage, stampato in alto (predefinito: il nome del certificato).</translation>
    </message>
    <message>
        <source>The verification code to print (default: a new one; not with --db, where the store&apos;s code is printed).</source>
        <translation>Il codice di verifica da stampare (predefinito: uno nuovo; non con --db, dove si stampa il codice dell’archivio).</translation>
    </message>
    <message>
        <source>The sheet is signed with the dealer&apos;s certificate: give --nss-dir DIR (make a demo certificate with: vitrine-cli cert init), or --unsigned for an unsigned draft.</source>
        <translation>Il foglio è firmato con il certificato del garage: indichi --nss-dir DIR o --unsigned per una bozza non firmata. Un certificato dimostrativo si crea con: vitrine-cli cert init.</translation>
    </message>
    <message>
        <source>--unsigned writes a draft that is neither signed nor kept: it goes without --nss-dir and --db.</source>
        <translation>--unsigned scrive una bozza né firmata né conservata: si usa senza --nss-dir e --db.</translation>
    </message>
    <message>
        <source>--passphrase-file goes with --db.</source>
        <translation>--passphrase-file si usa con --db.</translation>
    </message>
    <message>
        <source>With --db the store gives the verification code: drop --code.</source>
        <translation>Con --db il codice di verifica viene dall’archivio: tolga --code.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a verification code (like K7QF-3MZD-9W).</source>
        <translation>«%1» non è un codice di verifica (come K7QF-3MZD-9W).</translation>
    </message>
    <message>
        <source>Warning: this draft is not signed and not recorded; it is not a sheet to hand to a customer.</source>
        <translation>Attenzione: questa bozza non è firmata né registrata; non è un foglio da consegnare a un cliente.</translation>
    </message>
    <message>
        <source>There is no certificate database in %1. Make a demo certificate with: vitrine-cli cert init --nss-dir %1 --name NAME</source>
        <translation>In %1 non c’è una banca dati dei certificati. Crei un certificato dimostrativo con: vitrine-cli cert init --nss-dir %1 --name NAME</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossibile scrivere in %1: %2</translation>
    </message>
    <message>
        <source>Privacy review sheet</source>
        <translation>Foglio della verifica della privacy</translation>
    </message>
    <message>
        <source>The sheet could not be recorded: %1</source>
        <translation>Non è stato possibile registrare il foglio: %1</translation>
    </message>
    <message>
        <source>No free verification code was found.</source>
        <translation>Non è stato trovato alcun codice di verifica libero.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the signed sheet (%n page(s)) to %1.</source>
        <translation>
            <numerusform>Foglio firmato (%n pagina) scritto in %1.</numerusform>
            <numerusform>Foglio firmato (%n pagine) scritto in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Codice di verifica: %1</translation>
    </message>
    <message>
        <source>Not kept in a store (no --db): checking the sheet shows whether its signature is genuine, not whether this kiosk issued it.</source>
        <translation>Non conservato in un archivio (nessun --db): verificando il foglio si vede se la firma è autentica, non se l’ha emesso questa postazione.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 (import %3): the sheet belongs to that import.</source>
        <translation>%1 è già stato importato il %2 (importazione %3): il foglio appartiene a quell’importazione.</translation>
    </message>
    <message>
        <source>The sheet compares with the previous review, of %1 (import %2).</source>
        <translation>Il foglio è confrontato con la verifica precedente, del %1 (importazione %2).</translation>
    </message>
    <message>
        <source>This is the first review of this car in the store.</source>
        <translation>È la prima verifica di quest’auto nell’archivio.</translation>
    </message>
    <message>
        <source>Kept as sheet %1 in %2: vitrine-cli verify --db finds its verification code.</source>
        <translation>Conservato come foglio %1 in %2: vitrine-cli verify --db trova il suo codice di verifica.</translation>
    </message>
    <message>
        <source>Prints a signed sheet through the computer&apos;s printing service (CUPS): the PDF file itself is sent, and the command waits until the printer is done. A failed print changes nothing: print again.</source>
        <translation>Stampa un foglio firmato tramite il servizio di stampa del computer (CUPS). Viene inviato il file PDF stesso e il comando attende che la stampante abbia finito. Una stampa non riuscita non cambia nulla: stampi di nuovo.</translation>
    </message>
    <message>
        <source>The printer (CUPS queue) to use (default: the system&apos;s default printer).</source>
        <translation>La stampante (coda CUPS) da usare (predefinita: la stampante predefinita del sistema).</translation>
    </message>
    <message>
        <source>List the printers and print nothing.</source>
        <translation>Elencare le stampanti senza stampare nulla.</translation>
    </message>
    <message>
        <source>The encrypted store&apos;s file: print only a sheet it issued, and count the print.</source>
        <translation>Il file dell’archivio cifrato: stampare solo un foglio da esso emesso e conteggiare la stampa.</translation>
    </message>
    <message>
        <source>How many seconds to wait for the printer (default: 120).</source>
        <translation>Secondi di attesa della stampante (predefinito: 120).</translation>
    </message>
    <message>
        <source>The signed sheet to print.</source>
        <translation>Il foglio firmato da stampare.</translation>
    </message>
    <message>
        <source>The printing service of this computer (CUPS) does not answer.</source>
        <translation>Il servizio di stampa di questo computer (CUPS) non risponde.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer.</source>
        <translation>Su questo computer non è configurata alcuna stampante.</translation>
    </message>
    <message>
        <source>[default]</source>
        <translation>[predefinita]</translation>
    </message>
    <message>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout richiede un numero intero di secondi.</translation>
    </message>
    <message>
        <source>The print could not be counted in the store: %1</source>
        <translation>Non è stato possibile conteggiare la stampa nell’archivio: %1</translation>
    </message>
    <message>
        <source>Writes an information request letter (art. 25 FADP) to each chosen recipient of a car data log, as one PDF.</source>
        <translation>Scrive una lettera di richiesta d’accesso (art. 25 LPD) a ogni destinatario scelto di un registro dati di un’auto, in un unico PDF.</translation>
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
        <translation>Uso: vitrine-cli COMANDO [OPZIONI]

Comandi:
  inspect [--json | --lang fr|de|it|en] FILE   contenuto di un registro dati
  classify                                     categoria di ogni percorso VSS dall’input standard
  import --db PATH FILE                        conservare il riepilogo nell’archivio cifrato
  history --db PATH VIN                        importazioni precedenti di un’auto
  generate --events N --seed S --out FILE      scrivere un registro dimostrativo realistico
  sheet --log FILE --lang fr|de|it|en --nss-dir DIR --out SHEET.pdf
        [--db PATH] [--dealer NAME]            scrivere il foglio firmato della verifica della privacy
  print [--queue NAME] [--db PATH] SHEET.pdf   stampare un foglio firmato (CUPS); --list: le stampanti
  letters --log FILE --lang fr|de|it|en --out LETTERS.pdf
          (--recipient ID ... | --all) [--full-vin]
                                               scrivere lettere di richiesta d’accesso (art. 25 LPD)
  cert init --nss-dir DIR --name NAME [--force] creare un certificato autofirmato del garage (demo, test)
  cert show --nss-dir DIR                      il certificato del garage con cui firma la postazione
  sign --nss-dir DIR IN.pdf OUT.pdf            firmare un PDF con il certificato del garage
  verify --nss-dir DIR [--db PATH] SHEET.pdf   il foglio è autentico?
</translation>
    </message>
    <message>
        <source>Writes the privacy review sheet of a car data log as a PDF signed with the dealer&apos;s certificate. With --db, the log&apos;s summary and the sheet are kept in the kiosk&apos;s store. The sheet then shows what is new since the car&apos;s previous review there, and `vitrine-cli verify --db` finds its verification code. Without --db, a fresh verification code is printed but not recorded. A later check of the sheet then shows whether its signature is genuine, not whether the kiosk issued it.</source>
        <translation>Scrive il foglio della verifica della privacy di un registro dati di un’auto in un PDF firmato con il certificato del garage. Con --db, il riepilogo del registro e il foglio sono conservati nell’archivio della postazione. Il foglio mostra allora che cosa è cambiato dalla verifica precedente dell’auto, e `vitrine-cli verify --db` ne trova il codice di verifica. Senza --db, viene stampato un nuovo codice di verifica, che però non viene registrato. Verificando il foglio in seguito si vede se la firma è autentica, non se l’ha emesso la postazione.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s records could not be read: %1</source>
        <translation>Non è stato possibile leggere i dati della postazione: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln import(s) of the car %1, newest first:</source>
        <translation>
            <numerusform>%Ln importazione dell’auto %1, la più recente per prima:</numerusform>
            <numerusform>%Ln importazioni dell’auto %1, la più recente per prima:</numerusform>
        </translation>
    </message>
    <message>
        <source>This installation lacks vitrine-cli-documents, which makes, signs, checks and prints documents. Install Vitrine again.</source>
        <translation>In questa installazione manca vitrine-cli-documents, che crea, firma, verifica e stampa i documenti. Installi di nuovo Vitrine.</translation>
    </message>
</context>
<context>
    <name>vitrine::generator</name>
    <message>
        <source>The number of events and days must be at least 1.</source>
        <translation>Il numero di eventi e di giorni deve essere almeno 1.</translation>
    </message>
</context>
<context>
    <name>vitrine::plain</name>
    <message>
        <source>Location</source>
        <comment>data category</comment>
        <translation>Posizione</translation>
    </message>
    <message>
        <source>Driving</source>
        <comment>data category</comment>
        <translation>Guida</translation>
    </message>
    <message>
        <source>Driver</source>
        <comment>data category</comment>
        <translation>Conducente</translation>
    </message>
    <message>
        <source>Inside the car</source>
        <comment>data category</comment>
        <translation>Abitacolo</translation>
    </message>
    <message>
        <source>Phone</source>
        <comment>data category</comment>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Media and infotainment</source>
        <comment>data category</comment>
        <translation>Media e intrattenimento</translation>
    </message>
    <message>
        <source>Identity</source>
        <comment>data category</comment>
        <translation>Identità</translation>
    </message>
    <message>
        <source>Technical condition</source>
        <comment>data category</comment>
        <translation>Stato tecnico</translation>
    </message>
    <message>
        <source>Battery, charging and fuel</source>
        <comment>data category</comment>
        <translation>Batteria, ricarica e carburante</translation>
    </message>
    <message>
        <source>Software</source>
        <comment>data category</comment>
        <translation>Software</translation>
    </message>
    <message>
        <source>where the car is and has been</source>
        <translation>dove si trova l’auto e dove è stata</translation>
    </message>
    <message>
        <source>how the car is driven</source>
        <translation>come viene guidata l’auto</translation>
    </message>
    <message>
        <source>who and what is inside</source>
        <translation>chi e che cosa c’è a bordo</translation>
    </message>
    <message>
        <source>the connected phone: contacts, calls, messages</source>
        <translation>il telefono collegato: contatti, chiamate, messaggi</translation>
    </message>
    <message>
        <source>music, radio and other entertainment</source>
        <translation>musica, radio e altro intrattenimento</translation>
    </message>
    <message>
        <source>who you and the car are</source>
        <translation>chi è Lei e di quale auto si tratta</translation>
    </message>
    <message>
        <source>software versions and updates</source>
        <translation>versioni del software e aggiornamenti</translation>
    </message>
    <message>
        <source>very private</source>
        <translation>molto privato</translation>
    </message>
    <message>
        <source>private</source>
        <translation>privato</translation>
    </message>
    <message>
        <source>not very private</source>
        <translation>poco privato</translation>
    </message>
    <message>
        <source>carmaker</source>
        <comment>recipient role</comment>
        <translation>casa automobilistica</translation>
    </message>
    <message>
        <source>maps and traffic</source>
        <comment>recipient role</comment>
        <translation>mappe e traffico</translation>
    </message>
    <message>
        <source>voice assistant</source>
        <comment>recipient role</comment>
        <translation>assistente vocale</translation>
    </message>
    <message>
        <source>mobile network</source>
        <comment>recipient role</comment>
        <translation>rete mobile</translation>
    </message>
    <message>
        <source>insurer</source>
        <comment>recipient role</comment>
        <translation>assicurazione</translation>
    </message>
    <message>
        <source>data broker</source>
        <comment>recipient role</comment>
        <translation>intermediario di dati</translation>
    </message>
    <message>
        <source>music and video streaming</source>
        <comment>recipient role</comment>
        <translation>streaming di musica e video</translation>
    </message>
    <message>
        <source>charging network</source>
        <comment>recipient role</comment>
        <translation>rete di ricarica</translation>
    </message>
    <message>
        <source>cloud service</source>
        <comment>recipient role</comment>
        <translation>servizio cloud</translation>
    </message>
    <message>
        <source>software and updates</source>
        <comment>recipient role</comment>
        <translation>software e aggiornamenti</translation>
    </message>
    <message>
        <source>breakdown service</source>
        <comment>recipient role</comment>
        <translation>soccorso stradale</translation>
    </message>
    <message>
        <source>fleet telematics</source>
        <comment>recipient role</comment>
        <translation>telematica per flotte</translation>
    </message>
    <message>
        <source>%1 is not in our list: we do not know who runs it or in which country.</source>
        <translation>%1 non è nel nostro elenco: non sappiamo chi lo gestisce né in quale Paese.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln times</source>
        <translation>
            <numerusform>%Ln volta</numerusform>
            <numerusform>%Ln volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln times</source>
        <translation>
            <numerusform>circa %Ln volta</numerusform>
            <numerusform>circa %Ln volte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln event(s)</source>
        <translation>
            <numerusform>circa %Ln evento</numerusform>
            <numerusform>circa %Ln eventi</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 kB</source>
        <translation>circa %1 kB</translation>
    </message>
    <message>
        <source>about %1 MB</source>
        <translation>circa %1 MB</translation>
    </message>
    <message>
        <source>about %1 GB</source>
        <translation>circa %1 GB</translation>
    </message>
    <message>
        <source>about %1 TB</source>
        <translation>circa %1 TB</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln byte</numerusform>
        </translation>
    </message>
    <message>
        <source>mileage, faults, tyres and maintenance</source>
        <translation>chilometraggio, guasti, pneumatici e manutenzione</translation>
    </message>
    <message>
        <source>battery level, charging and fuel use</source>
        <translation>livello della batteria, ricariche e consumo di carburante</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n settimana</numerusform>
            <numerusform>%n settimane</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <comment>a span of time</comment>
        <translation>
            <numerusform>%n mese</numerusform>
            <numerusform>%n mesi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n and a half month(s)</source>
        <comment>a span of time: 2 and a half months</comment>
        <translation>
            <numerusform>%n mese e mezzo</numerusform>
            <numerusform>%n mesi e mezzo</numerusform>
        </translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only holds events from %3 to %4: about %5 at the start and %6 at the end are missing.</source>
        <translation>Il file doveva coprire il periodo dal %1 al %2. Contiene eventi solo dal %3 al %4: mancano circa %5 all’inizio e %6 alla fine.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It stops on %3: about %4 at the end are missing.</source>
        <translation>Il file doveva coprire il periodo dal %1 al %2. Si ferma il %3: mancano circa %4 alla fine.</translation>
    </message>
    <message>
        <source>The file should cover %1 to %2. It only starts on %3: about %4 at the start are missing.</source>
        <translation>Il file doveva coprire il periodo dal %1 al %2. Inizia solo il %3: mancano circa %4 all’inizio.</translation>
    </message>
    <message>
        <source>Compared with your visit of %1.</source>
        <translation>Rispetto alla Sua visita del %1.</translation>
    </message>
    <message>
        <source>the driver&apos;s tiredness, attention and heart rate</source>
        <translation>stanchezza, attenzione e battito cardiaco di chi guida</translation>
    </message>
    <message>
        <source>in %1</source>
        <comment>a country missing from the list: &quot;in XY&quot;</comment>
        <translation>nel Paese %1</translation>
    </message>
    <message>
        <source>Swiss law applies</source>
        <comment>a recipient&apos;s protection: in Switzerland</comment>
        <translation>Si applica il diritto svizzero</translation>
    </message>
    <message>
        <source>Adequate protection</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Protezione adeguata</translation>
    </message>
    <message>
        <source>Adequate protection for private companies</source>
        <comment>a recipient&apos;s protection: Canada</comment>
        <translation>Protezione adeguata per le aziende private</translation>
    </message>
    <message>
        <source>Protection not adequate (no DPF certification known)</source>
        <comment>a recipient&apos;s protection: a US company not known to be certified under the Swiss-US Data Privacy Framework</comment>
        <translation>Protezione non adeguata (nessuna certificazione DPF nota)</translation>
    </message>
    <message>
        <source>Protection not adequate</source>
        <comment>a recipient&apos;s protection</comment>
        <translation>Protezione non adeguata</translation>
    </message>
    <message>
        <source>Protection unknown</source>
        <comment>a recipient&apos;s protection: an unknown recipient</comment>
        <translation>Protezione sconosciuta</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in the Netherlands&quot;</comment>
        <translation>%1 si trova %2. La Svizzera ritiene adeguata la protezione dei dati in quel Paese.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate for private companies.</source>
        <comment>%2: the country with its preposition, &quot;in Canada&quot;</comment>
        <translation>%1 si trova %2. Per le aziende private, la Svizzera ritiene adeguata la protezione dei dati in quel Paese.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland deems data protection there adequate only for companies certified under the Swiss-US Data Privacy Framework (DPF). No such certification is known for %1.</source>
        <comment>%2: the country with its preposition, &quot;in the United States&quot;</comment>
        <translation>%1 si trova %2. La Svizzera ritiene adeguata la protezione dei dati in quel Paese solo per le aziende certificate secondo lo Swiss-US Data Privacy Framework (DPF). Per %1 non è nota alcuna certificazione di questo tipo.</translation>
    </message>
    <message>
        <source>%1 is %2. Switzerland does not deem data protection there adequate.</source>
        <comment>%2: the country with its preposition, &quot;in China&quot;</comment>
        <translation>%1 si trova %2. La Svizzera non ritiene adeguata la protezione dei dati in quel Paese.</translation>
    </message>
    <message>
        <source>%1 is in Switzerland. Swiss data protection law applies.</source>
        <translation>%1 si trova in Svizzera. Si applica la legge svizzera sulla protezione dei dati.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>%Ln altro destinatario non è elencato qui: %1 in tutto.</numerusform>
            <numerusform>%Ln altri destinatari non sono elencati qui: %1 in tutto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln other recipient(s) are not listed here: %1 in all.</source>
        <translation>
            <numerusform>Almeno %Ln altro destinatario non è elencato qui: %1 in tutto.</numerusform>
            <numerusform>Almeno %Ln altri destinatari non sono elencati qui: %1 in tutto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vitrine::summary</name>
    <message>
        <source>The file names your car but holds no readable events.</source>
        <translation>Il file indica la Sua auto, ma non contiene eventi leggibili.</translation>
    </message>
    <message>
        <source>Between %1 and %2, your car recorded %3.</source>
        <translation>Tra il %1 e il %2 la Sua auto ha registrato %3.</translation>
    </message>
    <message>
        <source>Nothing left the car.</source>
        <translation>Nulla è uscito dall’auto.</translation>
    </message>
    <message>
        <source>Data left the car %1 and went to %2 in %3.</source>
        <translation>I dati sono usciti dall’auto %1 e sono andati a %2 in %3.</translation>
    </message>
    <message>
        <source>Every recipient is in a country whose data protection Switzerland considers adequate.</source>
        <translation>Tutti i destinatari si trovano in Paesi la cui protezione dei dati è ritenuta adeguata dalla Svizzera.</translation>
    </message>
    <message>
        <source>Your car (VIN %1)</source>
        <translation>La Sua auto (VIN %1)</translation>
    </message>
    <message>
        <source>Your %1 (VIN %2)</source>
        <translation>La Sua %1 (VIN %2)</translation>
    </message>
    <message>
        <source>The export says it covers %1 to %2.</source>
        <translation>Secondo l’esportazione, il file copre il periodo dal %1 al %2.</translation>
    </message>
    <message>
        <source>The events in it run from %1 to %2.</source>
        <translation>Gli eventi contenuti vanno dal %1 al %2.</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>In breve</translation>
    </message>
    <message>
        <source>What your car recorded</source>
        <translation>Che cosa ha registrato la Sua auto</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Dove sono andati i dati</translation>
    </message>
    <message>
        <source>What could not be read</source>
        <translation>Che cosa non è stato possibile leggere</translation>
    </message>
    <message>
        <source>This report shows what the exported file contains, nothing more.</source>
        <translation>Questo rapporto mostra ciò che contiene il file esportato, niente di più.</translation>
    </message>
    <message numerus="yes">
        <source>%n country(ies) we know of</source>
        <translation>
            <numerusform>%n Paese noto</numerusform>
            <numerusform>%n Paesi noti</numerusform>
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
        <translation>%1 (destinatario sconosciuto): %2</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Dati: %1.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a recipient&apos;s protection, then where it is: &quot;Adequate protection: HERE is in the Netherlands. …&quot;</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinatario</numerusform>
            <numerusform>%Ln destinatari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) are in countries whose data protection Switzerland does not consider adequate.</source>
        <translation>
            <numerusform>%Ln destinatario si trova in un Paese la cui protezione dei dati non è ritenuta adeguata dalla Svizzera.</numerusform>
            <numerusform>%Ln destinatari si trovano in Paesi la cui protezione dei dati non è ritenuta adeguata dalla Svizzera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We do not know who %Ln recipient(s) are, nor where they are.</source>
        <translation>
            <numerusform>%Ln destinatario ci è sconosciuto: non sappiamo chi sia né dove si trovi.</numerusform>
            <numerusform>%Ln destinatari ci sono sconosciuti: non sappiamo chi siano né dove si trovino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%Ln riga del file non è stata letta:</numerusform>
            <numerusform>%Ln righe del file non sono state lette:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… e %Ln altra.</numerusform>
            <numerusform>… e altre %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other technical data</source>
        <translation>Altri dati tecnici</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a kind of data, then how often</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data left the car %1. This export names only the holders of the data (%2).</source>
        <translation>I dati hanno lasciato l’auto %1. Questa esportazione nomina solo i detentori dei dati (%2).</translation>
    </message>
    <message>
        <source>It does not say who else received your data. It shows what the carmaker holds.</source>
        <translation>Non dice chi altro ha ricevuto i Suoi dati. Mostra ciò che il costruttore detiene.</translation>
    </message>
    <message>
        <source>Kinds of data in the export</source>
        <translation>Tipi di dati nell’esportazione</translation>
    </message>
    <message numerus="yes">
        <source>From the Volkswagen group&apos;s EU Data Act export: %Ln delivery(ies).</source>
        <translation>
            <numerusform>Dall’esportazione EU Data Act del gruppo Volkswagen: %Ln consegna.</numerusform>
            <numerusform>Dall’esportazione EU Data Act del gruppo Volkswagen: %Ln consegne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them held no data.</source>
        <translation>
            <numerusform>%Ln non conteneva dati.</numerusform>
            <numerusform>%Ln non contenevano dati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dataset(s) came again unchanged and were counted once.</source>
        <translation>
            <numerusform>%Ln set di dati è tornato invariato ed è stato contato una volta.</numerusform>
            <numerusform>%Ln set di dati sono tornati invariati e sono stati contati una volta.</numerusform>
        </translation>
    </message>
    <message>
        <source>This export names only the holders of the data. It does not say who else received it.</source>
        <translation>Questa esportazione nomina solo i detentori dei dati. Non dice chi altro li ha ricevuti.</translation>
    </message>
    <message>
        <source>Your tyres, as the carmaker knows them</source>
        <translation>I Suoi pneumatici, come li conosce il costruttore</translation>
    </message>
    <message>
        <source>From the BMW CarData archive, requested on %1.</source>
        <translation>Dall’archivio BMW CarData, richiesto il %1.</translation>
    </message>
    <message>
        <source>From the BMW CarData archive.</source>
        <translation>Dall’archivio BMW CarData.</translation>
    </message>
    <message>
        <source>From your car&apos;s data log.</source>
        <translation>Dal registro dati della Sua auto.</translation>
    </message>
    <message>
        <source>What else the export holds</source>
        <translation>Cos’altro contiene l’esportazione</translation>
    </message>
</context>
</TS>
