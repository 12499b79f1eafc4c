<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Parlance::Ui::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) match “%1”</source>
        <translation>
            <numerusform>%n article matches “%1”</numerusform>
            <numerusform>%n articles match “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Accepted %n suggestion.</numerusform>
            <numerusform>Accepted %n suggestions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parlance::Import::ImportJob</name>
    <message numerus="yes">
        <source>Imported %n article(s)</source>
        <translation>
            <numerusform>Imported %n article</numerusform>
            <numerusform>Imported %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parlance::Ui::CompareView</name>
    <message numerus="yes">
        <source>%n word(s) reworded</source>
        <translation>
            <numerusform>%n word reworded</numerusform>
            <numerusform>%n words reworded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) left out</source>
        <translation>
            <numerusform>%n word left out</numerusform>
            <numerusform>%n words left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) added</source>
        <translation>
            <numerusform>%n word added</numerusform>
            <numerusform>%n words added</numerusform>
        </translation>
    </message>
</context>
</TS>
