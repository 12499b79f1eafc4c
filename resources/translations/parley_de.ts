<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Parley::Commands</name>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>actor mention</source>
        <translation>Akteursnennung</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>Parley::Commands::AcceptAllSuggestionsCommand</name>
    <message>
        <source>Accept all suggestions</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <source>Accept %1 suggestions</source>
        <translation>%1 Vorschläge annehmen</translation>
    </message>
</context>
<context>
    <name>Parley::Commands::AcceptSuggestionCommand</name>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
</context>
<context>
    <name>Parley::Commands::AddAnnotationCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Parley::Commands::EditAnnotationCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Parley::Commands::RejectSuggestionCommand</name>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
</context>
<context>
    <name>Parley::Commands::RemoveAnnotationCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Parley::Models::ActorModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Auch bekannt als</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
</context>
<context>
    <name>Parley::Models::AnnotationModel</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Zusage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Speaker / holder</source>
        <translation>Sprecher / Träger</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Parley::Models::ArticleListModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
</context>
<context>
    <name>Parley::Models::CategoryModel</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Parley::Ui::ArticleView</name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>unknown actor</source>
        <translation>unbekannter Akteur</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>Quote (%1, %2)</source>
        <translation>Zitat (%1, %2)</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>Sprecher: %1</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>Gerichtet an: %1</translation>
    </message>
    <message>
        <source>Actor: %1 (%2)</source>
        <translation>Akteur: %1 (%2)</translation>
    </message>
    <message>
        <source>Commitment: %1%2 (%3)</source>
        <translation>Zusage: %1%2 (%3)</translation>
    </message>
    <message>
        <source>, negated</source>
        <translation>, verneint</translation>
    </message>
    <message>
        <source>Holder: %1</source>
        <translation>Träger: %1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Condition: %1</source>
        <translation>Bedingung: %1</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Zeit: %1</translation>
    </message>
    <message>
        <source>Category (%1)</source>
        <translation>Kategorie (%1)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Coder: %1</source>
        <translation>Kodierer: %1</translation>
    </message>
    <message numerus="yes">
        <source>⋯ site text folded (%n more paragraph(s))</source>
        <translation>
            <numerusform>⋯ Seitentext eingeklappt (%n weiterer Absatz)</numerusform>
            <numerusform>⋯ Seitentext eingeklappt (%n weitere Absätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>⋯ site text</source>
        <translation>⋯ Seitentext</translation>
    </message>
</context>
<context>
    <name>Parley::Ui::MainWindow</name>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>: opening project files is not supported by this build yet</source>
        <translation>: Projektdateien kann dieser Build noch nicht öffnen</translation>
    </message>
    <message>
        <source>the bundled sample articles are missing from this build</source>
        <translation>die mitgelieferten Beispielartikel fehlen in diesem Build</translation>
    </message>
    <message>
        <source>%1 — Parley</source>
        <translation>%1 — Parley</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The project is closed.</source>
        <translation>Das Projekt ist geschlossen.</translation>
    </message>
</context>
</TS>
