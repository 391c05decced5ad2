<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>%n suggestion(s) from your documents. Nothing changes until you accept.</source>
        <translation>
            <numerusform>%n suggestion from your documents. Nothing changes until you accept.</numerusform>
            <numerusform>%n suggestions from your documents. Nothing changes until you accept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message numerus="yes">
        <source>Accepted %n suggestion(s). You can undo this.</source>
        <translation>
            <numerusform>Accepted %n suggestion. You can undo this.</numerusform>
            <numerusform>Accepted %n suggestions. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Accepted %n suggestion.</numerusform>
            <numerusform>Accepted %n suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ok   missing list: %n item(s) still missing</source>
        <translation>
            <numerusform>ok   missing list: %n item still missing</numerusform>
            <numerusform>ok   missing list: %n items still missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cover</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>phrases</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message numerus="yes">
        <source>%n letter(s) waiting for review in the organizer.</source>
        <translation>
            <numerusform>%n letter is waiting for review in the organizer.</numerusform>
            <numerusform>%n letters are waiting for review in the organizer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n item(s)</source>
        <translation>
            <numerusform>Still missing: %n item</numerusform>
            <numerusform>Still missing: %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n for your office</source>
        <translation>
            <numerusform>, %n for your office</numerusform>
            <numerusform>, %n for your office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n earlier submitted item(s)</source>
        <translation>
            <numerusform>+%n earlier submitted item</numerusform>
            <numerusform>+%n earlier submitted items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n not sent yet (under Still missing)</source>
        <translation>
            <numerusform>+%n not sent yet (under Still missing)</numerusform>
            <numerusform>+%n not sent yet (under Still missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n marked not needed</source>
        <translation>
            <numerusform>+%n marked not needed</numerusform>
            <numerusform>+%n marked not needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more still missing; see the organizer</source>
        <translation>
            <numerusform>+%n more still missing; see the organizer</numerusform>
            <numerusform>+%n more still missing; see the organizer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>words</name>
    <message numerus="yes">
        <source>Added %n document(s).</source>
        <translation>
            <numerusform>Added %n document.</numerusform>
            <numerusform>Added %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in your folder.</source>
        <translation>
            <numerusform>%n file was already in your folder.</numerusform>
            <numerusform>%n files were already in your folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n file could not be added.</numerusform>
            <numerusform>%n files could not be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found again by their content, with their kinds, corrections and links to the log.</source>
        <translation>
            <numerusform>%n document was found again by their content, with their kinds, corrections and links to the log.</numerusform>
            <numerusform>%n documents were found again by their content, with their kinds, corrections and links to the log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them under a new name.</source>
        <translation>
            <numerusform>%n of them is under a new name.</numerusform>
            <numerusform>%n of them are under a new name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) with other content than before, to be read again.</source>
        <translation>
            <numerusform>%n file has other content than before and will be read again.</numerusform>
            <numerusform>%n files have other content than before and will be read again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not in the new folder.</source>
        <translation>
            <numerusform>%n document is not in the new folder.</numerusform>
            <numerusform>%n documents are not in the new folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) added.</source>
        <translation>
            <numerusform>%n new file was added.</numerusform>
            <numerusform>%n new files were added.</numerusform>
        </translation>
    </message>
</context>
</TS>
