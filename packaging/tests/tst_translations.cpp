// SPDX-License-Identifier: GPL-2.0-or-later
// The translation catalogues (resources/translations/*.ts): every finished translation keeps the
// placeholders of its source text, and the compiled catalogue that main.cpp loads for a locale from
// :/parlance/translations/ gives exactly the translations the .ts file holds.

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; // one per plural form for numerus messages
    bool numerus = false;
    bool finished = false;
};

QList<Message> readCatalogue(const QString &path, QString *language)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(message);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            *language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.finished = !xml.attributes().hasAttribute("type"_L1);
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (name == "numerusform"_L1) {
            message.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:L?[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

QStringList catalogues()
{
    return QDir(QStringLiteral(PARLANCE_TRANSLATIONS_DIR)).entryList({u"parlance_*.ts"_s}, QDir::Files, QDir::Name);
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsPlaceholders_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("translation");
        int count = 0;
        for (const QString &name : catalogues()) {
            QString language;
            for (const Message &m : readCatalogue(QStringLiteral(PARLANCE_TRANSLATIONS_DIR "/") + name, &language)) {
                if (!m.finished)
                    continue;
                for (const QString &t : m.translations) {
                    QTest::addRow("%s: %s", qPrintable(name), qPrintable(m.source)) << m.source << t;
                    ++count;
                }
            }
        }
        QVERIFY2(count > 0, "no finished translations in resources/translations");
    }

    void keepsPlaceholders()
    {
        QFETCH(QString, source);
        QFETCH(QString, translation);
        QVERIFY(!translation.isEmpty());
        QCOMPARE(placeholders(translation), placeholders(source));
    }

    void loadsCatalogueForLocale_data()
    {
        QTest::addColumn<QString>("catalogue");
        for (const QString &name : catalogues())
            QTest::newRow(qPrintable(name)) << name;
    }

    void loadsCatalogueForLocale()
    {
        QFETCH(QString, catalogue);
        QString language;
        const QList<Message> messages = readCatalogue(QStringLiteral(PARLANCE_TRANSLATIONS_DIR "/") + catalogue, &language);
        QVERIFY(!language.isEmpty());

        // As main.cpp does for a user whose locale is this language.
        QTranslator translator;
        QVERIFY2(translator.load(QLocale(language), u"parlance"_s, u"_"_s, u":/parlance/translations"_s),
                 qPrintable(language));
        int checked = 0;
        for (const Message &m : messages) {
            if (!m.finished)
                continue;
            if (m.numerus) {
                const QString one = translator.translate(qPrintable(m.context), qPrintable(m.source), nullptr, 1);
                QCOMPARE(one, m.translations.value(0));
            } else {
                QCOMPARE(translator.translate(qPrintable(m.context), qPrintable(m.source)), m.translations.value(0));
            }
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void loadsNothingForTheCLocale()
    {
        QTranslator translator;
        QVERIFY(!translator.load(QLocale::c(), u"parlance"_s, u"_"_s, u":/parlance/translations"_s));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
