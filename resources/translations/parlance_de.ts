<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Parlance::Commands</name>
    <message>
        <source>Compare side by side</source>
        <translation>Nebeneinander vergleichen</translation>
    </message>
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
    <name>Parlance::Commands::AcceptAllSuggestionsCommand</name>
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
    <name>Parlance::Commands::AcceptSuggestionCommand</name>
    <message>
        <source>Accept %1</source>
        <translation>%1 annehmen</translation>
    </message>
</context>
<context>
    <name>Parlance::Commands::AddAnnotationCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>Parlance::Commands::EditAnnotationCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Parlance::Commands::RejectSuggestionCommand</name>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
</context>
<context>
    <name>Parlance::Commands::RemoveAnnotationCommand</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Parlance::Error</name>
    <message>
        <source>The project is closed.</source>
        <translation>Das Projekt ist geschlossen.</translation>
    </message>
    <message>
        <source>the project is open read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damage was found in the file (%1); nothing more is saved to it, open its newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: page %1 does not match its checksum (damaged on the disk, or changed by another program); nothing is saved to it, open its newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the articles (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the article “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the article (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the annotation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore the annotation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the annotation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the suggestions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the actor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the actor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the actor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore the actor (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot merge the actors (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot separate the actors again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot restore the category (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the coder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the comparison (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the comparison (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the setting %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot change the commitment threads (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open a second connection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no article %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no actor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no comparison set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such article any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1–%2 is outside the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of the annotation is outside the article&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the span %1–%2 cuts a character in two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item to restore needs its former id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a suggestion for article %1 was given for article %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an actor cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 is not a commitment of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy cannot replace the project itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already; give a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy it to upgrade it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the project (cannot move the new file into place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free space for a copy (it needs %1, the device has %2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough free space (it needs %1, the device has %2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the copy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the copy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the copy into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists already; a backup is restored into a new file only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup %1 does not pass its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the copy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy did not pass its check or could not take its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open in another Parlance; close it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy the backup beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the damaged file aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the restored copy into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read after creating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link to %1, which does not exist; nothing was created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a Parlance project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a Parlance project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a device, not a Parlance project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file, not a Parlance project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty (0 bytes), not a Parlance project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Parlance project (not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an SQLite database of another application, not a Parlance project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: truncated to %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: truncated (%1 of %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: page %1 does not match its checksum (damaged on the disk, or changed by another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was saved by a newer Parlance (project version %1; this Parlance reads up to version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was altered outside Parlance (%1); not opened, for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is open for writing in another Parlance (a window or an import); it can be opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 beside it is not its own (%2) and cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the journal %1 beside it is not its own (%2) and cannot be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened for writing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be upgraded from project version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs upgrading from project version %1 to %2, which needs write access (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last changes are in %1, which cannot be read in a read-only folder; copy both files to a writable folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be recovered after a crash (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be recovered after a crash (%2); the file as it was is kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was left unfinished by a crash; recovering it needs write access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was left unfinished by a crash; not recovered, as it cannot be copied aside first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was left unfinished by a crash; not recovered, as %1 cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the device (%1 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no space left on the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export needs fonts, which need a QGuiApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 export draws charts, which need fonts and so a QGuiApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the document package (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no article with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not changed: the backup made before converting it failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be upgraded from project version %1 (%2); a backup was made first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be converted from a Parley project (%1); a backup was made first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be prepared for writing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file (a pipe or a device?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (at most %1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1 MB; at most %2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid %1 (an odd number of bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid %1 (a lone surrogate at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-8 (at byte %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary file (contains NUL bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a tag with more than %1 attributes: not a page Parlance can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nests elements more than %1 deep: not a page Parlance can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected an id, a tab and an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: empty annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: bad offsets &apos;%2&apos; (the text has %3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <extracomment>%2 is a line of brat&apos;s format, e.g. &apos;Type Arg1:T Arg2:T&apos;, not to be translated</extracomment>
        <source>line %1: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: bad value &apos;%2&apos; of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A sentence, then the library&apos;s own words on the failure (e.g. SQLite&apos;s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A file&apos;s path, then what went wrong with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parlance::Export</name>
    <message>
        <source>quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>actor mentions</source>
        <translation>Akteursnennungen</translation>
    </message>
    <message>
        <source>commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
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
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Parlance::Export::ReportComposer</name>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Zitate nach Sprecher</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Linked quotes</source>
        <translation>Verknüpfte Zitate</translation>
    </message>
    <message>
        <source>Parlance report</source>
        <translation>Parlance-Bericht</translation>
    </message>
    <message>
        <source>%1 articles, %2 annotations (%3).</source>
        <translation>%1 Artikel, %2 Annotationen (%3).</translation>
    </message>
    <message>
        <source>confirmed annotations and unreviewed suggestions</source>
        <translation>bestätigte Annotationen und ungeprüfte Vorschläge</translation>
    </message>
    <message>
        <source>confirmed annotations only</source>
        <translation>nur bestätigte Annotationen</translation>
    </message>
    <message>
        <source>Generated by Parlance %1 on %2.</source>
        <translation>Erstellt von Parlance %1 am %2.</translation>
    </message>
    <message>
        <source>quoted words</source>
        <translation>zitierte Worte</translation>
    </message>
    <message>
        <source>Quote (italic), confirmed</source>
        <translation>Zitat (kursiv), bestätigt</translation>
    </message>
    <message>
        <source>Quote suggested by the analysis, not reviewed</source>
        <translation>Von der Analyse vorgeschlagenes Zitat, ungeprüft</translation>
    </message>
    <message>
        <source>actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Actor mention (bold)</source>
        <translation>Akteursnennung (fett)</translation>
    </message>
    <message>
        <source>will do</source>
        <translation>wird tun</translation>
    </message>
    <message>
        <source>Commitment (underlined), confirmed</source>
        <translation>Zusage (unterstrichen), bestätigt</translation>
    </message>
    <message>
        <source>Commitment suggested (wavy underline)</source>
        <translation>Vorgeschlagene Zusage (Wellenlinie)</translation>
    </message>
    <message>
        <source>Codebook category</source>
        <translation>Codebuch-Kategorie</translation>
    </message>
    <message>
        <source>Codebook category: %1</source>
        <translation>Codebuch-Kategorie: %1</translation>
    </message>
    <message>
        <source>words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <source>Wording that differs between linked quotes</source>
        <translation>Abweichender Wortlaut verknüpfter Zitate</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Quotes, mentions and commitments take the colour of their speaker or holder, the same colour in every article (see Actors).</source>
        <translation>Zitate, Nennungen und Zusagen tragen die Farbe ihres Sprechers oder Trägers, in jedem Artikel dieselbe (siehe Akteure).</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No quotes.</source>
        <translation>Keine Zitate.</translation>
    </message>
    <message>
        <source>Speaker not identified</source>
        <translation>Sprecher nicht erkannt</translation>
    </message>
    <message>
        <source>(suggested)</source>
        <translation>(vorgeschlagen)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Redeeinleitung</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>negated</source>
        <translation>verneint</translation>
    </message>
    <message>
        <source>No commitments.</source>
        <translation>Keine Zusagen.</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Träger</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>No actors.</source>
        <translation>Keine Akteure.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Nennungen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Coder</source>
        <translation>Kodierer</translation>
    </message>
    <message>
        <source>Articles compared side by side: %1. Words that differ are marked.</source>
        <translation>Nebeneinander verglichene Artikel: %1. Abweichende Worte sind markiert.</translation>
    </message>
    <message>
        <source>No quote appears in more than one of the compared articles.</source>
        <translation>Kein Zitat kommt in mehr als einem der verglichenen Artikel vor.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Linked quote</source>
        <translation>Verknüpftes Zitat</translation>
    </message>
    <message>
        <source>Shared words</source>
        <translation>Gemeinsame Worte</translation>
    </message>
</context>
<context>
    <name>Parlance::Models::ActorModel</name>
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
    <name>Parlance::Models::AnnotationModel</name>
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
    <name>Parlance::Models::ArticleListModel</name>
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
        <source>Commitments (confirmed and suggested)</source>
        <translation>Zusagen (bestätigt und vorgeschlagen)</translation>
    </message>
    <message>
        <source>Quotes (confirmed and suggested)</source>
        <translation>Zitate (bestätigt und vorgeschlagen)</translation>
    </message>
    <message>
        <source>Comm.</source>
        <translation>Zus.</translation>
    </message>
</context>
<context>
    <name>Parlance::Models::CategoryModel</name>
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
    <name>Parlance::Ui::ActorPanel</name>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>&amp;Merge Selected</source>
        <translation>Auswahl &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge the other selected actor into the current one (its names become aliases)</source>
        <translation>Den anderen ausgewählten Akteur in den aktuellen überführen (seine Namen werden Aliasse)</translation>
    </message>
    <message>
        <source>Filter actors…</source>
        <translation>Akteure filtern …</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Akteursfilter</translation>
    </message>
    <message>
        <source>F2 renames; double-click the type to change it.</source>
        <translation>F2 benennt um; Doppelklick auf den Typ ändert ihn.</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::AnnotationForm</name>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Sprecher:</translation>
    </message>
    <message>
        <source>&amp;Negated</source>
        <translation>&amp;Verneint</translation>
    </message>
    <message>
        <source>From Selection</source>
        <translation>Aus Auswahl</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Speaker or holder</source>
        <translation>Sprecher oder Träger</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Commitment type</source>
        <translation>Art der Zusage</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Condition from selection</source>
        <translation>Bedingung aus Auswahl</translation>
    </message>
    <message>
        <source>Time from selection</source>
        <translation>Zeit aus Auswahl</translation>
    </message>
    <message>
        <source>A note for this annotation</source>
        <translation>Eine Notiz zu dieser Annotation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Accept the suggestion (Y or Enter in the text)</source>
        <translation>Vorschlag annehmen (Y oder Eingabe im Text)</translation>
    </message>
    <message>
        <source>Reject the suggestion (X or Delete in the text)</source>
        <translation>Vorschlag ablehnen (X oder Entf im Text)</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Adressat:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>S&amp;tärke:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Bedingung:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>No annotation selected</source>
        <translation>Keine Annotation ausgewählt</translation>
    </message>
    <message>
        <source>Select text and press Q (quote), A (actor), C (commitment) or 1Ĺ (category); N and P step through suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Träger:</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>&amp;Akteur:</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Artfilter</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Herkunftsfilter</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Sprecherfilter</translation>
    </message>
    <message>
        <source>Holder filter</source>
        <translation>Trägerfilter</translation>
    </message>
    <message>
        <source>Coder filter</source>
        <translation>Kodiererfilter</translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation>Text filtern …</translation>
    </message>
    <message>
        <source>Annotation text filter</source>
        <translation>Annotationstextfilter</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Sprecher:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>Träger:</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>any coder</source>
        <translation>beliebiger Kodierer</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::ArticleView</name>
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
    <message>
        <source>⋯ site text</source>
        <translation>⋯ Seitentext</translation>
    </message>
    <message>
        <source>⋯ site text folded (%1 more paragraphs)</source>
        <translation>⋯ Seitentext eingeklappt (%1 weitere Absätze)</translation>
    </message>
    <message>
        <source>⋯ site text folded (one more paragraph)</source>
        <translation>⋯ Seitentext eingeklappt (ein weiterer Absatz)</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::CodebookPanel</name>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>&amp;Add Category</source>
        <translation>Kategorie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Category</source>
        <translation>Kategorie &amp;entfernen</translation>
    </message>
    <message>
        <source>Category Colour</source>
        <translation>Kategoriefarbe</translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::MainWindow</name>
    <message>
        <source>Parlance</source>
        <translation>Parlance</translation>
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
        <source>%1 — Parlance</source>
        <translation>%1 — Parlance</translation>
    </message>
    <message>
        <source>Filter by title or outlet…</source>
        <translation>Nach Titel oder Medium filtern …</translation>
    </message>
    <message>
        <source>Article filter</source>
        <translation>Artikelfilter</translation>
    </message>
    <message>
        <source>Search the texts and notes (Enter)…</source>
        <translation>Texte und Notizen durchsuchen (Eingabe) …</translation>
    </message>
    <message>
        <source>Full-text search</source>
        <translation>Volltextsuche</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Akteure</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Codebuch</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Projekt speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Import Articles…</source>
        <translation>Artikel &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Articles…</source>
        <translation>In Artikeln &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Quote</source>
        <translation>Als &amp;Zitat markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Actor</source>
        <translation>Als &amp;Akteur markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Commitment</source>
        <translation>Als Zu&amp;sage markieren</translation>
    </message>
    <message>
        <source>&amp;Next Suggestion</source>
        <translation>&amp;Nächster Vorschlag</translation>
    </message>
    <message>
        <source>&amp;Previous Suggestion</source>
        <translation>&amp;Vorheriger Vorschlag</translation>
    </message>
    <message>
        <source>Acc&amp;ept Suggestion</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion (or Remove Annotation)</source>
        <translation>Vorschlag a&amp;blehnen (oder Annotation entfernen)</translation>
    </message>
    <message>
        <source>Accept &amp;All Suggestions in Article</source>
        <translation>&amp;Alle Vorschläge im Artikel annehmen</translation>
    </message>
    <message>
        <source>Re&amp;move Annotation</source>
        <translation>Annotation ent&amp;fernen</translation>
    </message>
    <message>
        <source>Extend to the Next Word</source>
        <translation>Bis zum nächsten Wort erweitern</translation>
    </message>
    <message>
        <source>Shrink at the End</source>
        <translation>Am Ende verkürzen</translation>
    </message>
    <message>
        <source>Extend to the Previous Word</source>
        <translation>Bis zum vorherigen Wort erweitern</translation>
    </message>
    <message>
        <source>Shrink at the Start</source>
        <translation>Am Anfang verkürzen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Articles</source>
        <translation>Ausgewählte Artikel &amp;vergleichen</translation>
    </message>
    <message>
        <source>Open the articles selected in the list side by side (two to four)</source>
        <translation>Die in der Liste ausgewählten Artikel nebeneinander öffnen (zwei bis vier)</translation>
    </message>
    <message>
        <source>&amp;Link Scrolling</source>
        <translation>Bildlauf &amp;koppeln</translation>
    </message>
    <message>
        <source>Show &amp;Site Text</source>
        <translation>&amp;Seitentext anzeigen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Parlance</source>
        <translation>&amp;Über Parlance</translation>
    </message>
    <message>
        <source>About Parlance</source>
        <translation>Über Parlance</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parlance %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Reading and annotating news about diplomacy: quotes, actors and commitments.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parlance %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nachrichten über Diplomatie lesen und annotieren: Zitate, Akteure und Zusagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Troops, weapons, ceasefires</source>
        <translation>Truppen, Waffen, Waffenruhen</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Wirtschaft</translation>
    </message>
    <message>
        <source>Sanctions, trade, aid</source>
        <translation>Sanktionen, Handel, Hilfe</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>Meetings, talks, schedules</source>
        <translation>Treffen, Gespräche, Zeitpläne</translation>
    </message>
    <message>
        <source>%1: there is no article %2 (the project has %3)</source>
        <translation>%1: Es gibt keinen Artikel %2 (das Projekt hat %3)</translation>
    </message>
    <message>
        <source>Project in Use</source>
        <translation>Projekt in Benutzung</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>%1: cannot open the project</source>
        <translation>%1: Das Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>Code as “%1”</source>
        <translation>Als „%1“ kodieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [schreibgeschützt]</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Parlance projects (*.parlance)</source>
        <translation>Parlance-Projekte (*.parlance)</translation>
    </message>
    <message>
        <source>%1 already exists; open it instead, or choose another name.</source>
        <translation>%1 existiert bereits; öffnen Sie es stattdessen, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Parlance projects (*.parlance);;All files (*)</source>
        <translation>Parlance-Projekte (*.parlance);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.html *.htm);;All files (*)</source>
        <translation>Artikel (*.txt *.md *.html *.htm);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>%n Artikel importiert</numerusform>
            <numerusform>%n Artikel importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no text to paste as an article.</source>
        <translation>Die Zwischenablage enthält keinen Text, der als Artikel eingefügt werden kann.</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match “%1”</source>
        <translation>
            <numerusform>%n Artikel passt zu „%1“</numerusform>
            <numerusform>%n Artikel passen zu „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Select two to four articles in the list to compare them.</source>
        <translation>Wählen Sie zwei bis vier Artikel in der Liste aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Select some text first.</source>
        <translation>Wählen Sie zuerst Text aus.</translation>
    </message>
    <message>
        <source>No suggestions left in this article.</source>
        <translation>Keine Vorschläge mehr in diesem Artikel.</translation>
    </message>
    <message>
        <source>Select a suggestion first (N and P step through them).</source>
        <translation>Wählen Sie zuerst einen Vorschlag (N und P springen durch sie).</translation>
    </message>
    <message>
        <source>Select an annotation first.</source>
        <translation>Wählen Sie zuerst eine Annotation aus.</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>%n Vorschlag angenommen.</numerusform>
            <numerusform>%n Vorschläge angenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Actors</source>
        <translation>Akteure zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Its names become aliases and its annotations move over. This cannot be undone.</source>
        <translation>„%1“ in „%2“ überführen? Seine Namen werden Aliasse und seine Annotationen wandern mit. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Neue Kategorie %1</translation>
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
