<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Parley::Ui::ArticleView</name>
    <message numerus="yes">
        <source>⋯ site text folded (%n more paragraph(s))</source>
        <translation>
            <numerusform>⋯ site text folded (%n more paragraph)</numerusform>
            <numerusform>⋯ site text folded (%n more paragraphs)</numerusform>
        </translation>
    </message>
</context>
</TS>
