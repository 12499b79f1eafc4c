// SPDX-License-Identifier: GPL-2.0-or-later
#include "analyzecommand.h"

#include "printable.h"

#include "analysis/analyzer.h"
#include "model/span.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QtConcurrent/QtConcurrentMap>

namespace Parlance::Cli {

namespace {

using Analysis::AnalysisResult;
using Model::CodePointMap;
using Model::Span;

QString jsonString(const QString &s)
{
    // QJsonDocument escapes correctly; strip the array brackets around the one value.
    const QByteArray json = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString jsonSpan(const CodePointMap &map, Span s)
{
    const Span c = map.toCodePoints(s);
    return QLatin1Char('[') + QString::number(c.start) + QLatin1Char(',') + QString::number(c.end) + QLatin1Char(']');
}

QString jsonSpanOrNull(const CodePointMap &map, Span s)
{
    return s.isValid() ? jsonSpan(map, s) : QStringLiteral("null");
}

QString jsonSpans(const CodePointMap &map, const QList<Span> &spans)
{
    QString out = QStringLiteral("[");
    for (int i = 0; i < spans.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += jsonSpan(map, spans[i]);
    }
    return out + QLatin1Char(']');
}

QString jsonNameOrNull(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("null") : jsonString(s);
}

// brat text fields may not hold line breaks or tabs.
QString bratText(QStringView text, const QList<Span> &spans)
{
    QStringList parts;
    for (Span s : spans)
        parts.append(s.textIn(text).toString());
    QString out = parts.join(QLatin1Char(' '));
    for (QChar &c : out)
        if (c == u'\n' || c == u'\t' || c == u'\r')
            c = u' ';
    return out;
}

QString bratSpans(const CodePointMap &map, const QList<Span> &spans)
{
    QStringList parts;
    for (Span s : spans) {
        const Span c = map.toCodePoints(s);
        parts.append(QString::number(c.start) + QLatin1Char(' ') + QString::number(c.end));
    }
    return parts.join(QLatin1Char(';'));
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

bool decodeText(const QByteArray &bytes, QString *text, Error *error)
{
    if (bytes.contains('\0')) {
        *error = {Error::Invalid, Error::Problem::BinaryNulBytes, {}};
        return false;
    }
    // Keep a byte order mark as a character: offsets count every code point of the file.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    *text = decoder.decode(bytes);
    if (decoder.hasError()) {
        *error = {Error::Invalid, Error::Problem::InvalidUtf8, {}};
        return false;
    }
    return true;
}

QString analysisToJsonLine(const QString &file, QStringView text, const AnalysisResult &result)
{
    const CodePointMap map(text);
    QString out = QStringLiteral("{\"file\":") + jsonString(file) + QStringLiteral(",\"length\":")
        + QString::number(map.toCodePoint(int(text.size()))) + QStringLiteral(",\"quotes\":[");
    for (int i = 0; i < result.quotes.size(); ++i) {
        const Analysis::FoundQuote &q = result.quotes[i];
        if (i)
            out += QLatin1Char(',');
        out += QStringLiteral("{\"kind\":") + jsonString(Model::quoteKindName(q.kind))
            + QStringLiteral(",\"content\":") + jsonSpans(map, q.content)
            + QStringLiteral(",\"cue\":") + (q.cue.isValid() ? jsonSpans(map, {q.cue}) : QStringLiteral("[]"))
            + QStringLiteral(",\"source\":") + (q.source.isValid() ? jsonSpans(map, {q.source}) : QStringLiteral("[]"))
            + QStringLiteral(",\"source_kind\":") + jsonString(Model::sourceKindName(q.sourceKind))
            + QStringLiteral(",\"speaker\":") + jsonNameOrNull(q.speaker)
            + QStringLiteral(",\"confidence\":") + QString::number(q.confidence, 'f', 2) + QLatin1Char('}');
    }
    out += QStringLiteral("],\"actors\":[");
    for (int i = 0; i < result.actors.size(); ++i) {
        const Analysis::FoundActor &a = result.actors[i];
        if (i)
            out += QLatin1Char(',');
        QString aliases = QStringLiteral("[");
        for (int k = 0; k < a.aliases.size(); ++k)
            aliases += (k ? QStringLiteral(",") : QString()) + jsonString(a.aliases[k]);
        aliases += QLatin1Char(']');
        out += QStringLiteral("{\"name\":") + jsonString(a.name)
            + QStringLiteral(",\"type\":") + jsonString(Model::actorTypeName(a.type))
            + QStringLiteral(",\"role\":") + jsonNameOrNull(a.role)
            + QStringLiteral(",\"aliases\":") + aliases
            + QStringLiteral(",\"mentions\":") + jsonSpans(map, a.mentions) + QLatin1Char('}');
    }
    out += QStringLiteral("],\"commitments\":[");
    for (int i = 0; i < result.commitments.size(); ++i) {
        const Analysis::FoundCommitment &c = result.commitments[i];
        if (i)
            out += QLatin1Char(',');
        out += QStringLiteral("{\"type\":") + jsonString(Model::commitmentTypeName(c.type))
            + QStringLiteral(",\"span\":") + jsonSpan(map, c.span)
            + QStringLiteral(",\"holder\":") + jsonNameOrNull(c.holder)
            + QStringLiteral(",\"addressee\":") + jsonNameOrNull(c.addressee)
            + QStringLiteral(",\"strength\":") + QString::number(c.strength, 'g', 3)
            + QStringLiteral(",\"negated\":") + (c.negated ? QStringLiteral("true") : QStringLiteral("false"))
            + QStringLiteral(",\"condition\":") + jsonSpanOrNull(map, c.condition)
            + QStringLiteral(",\"time\":") + jsonSpanOrNull(map, c.time) + QLatin1Char('}');
    }
    out += QStringLiteral("],\"boilerplate\":") + jsonSpans(map, result.boilerplate) + QLatin1Char('}');
    return out;
}

QString analysisToBrat(QStringView text, const AnalysisResult &result)
{
    const CodePointMap map(text);
    QString out;
    int t = 0;
    int a = 0;
    int note = 0;
    auto textBound = [&](const QString &label, const QList<Span> &spans) {
        ++t;
        out += QLatin1Char('T') + QString::number(t) + QLatin1Char('\t') + label + QLatin1Char(' ')
            + bratSpans(map, spans) + QLatin1Char('\t') + bratText(text, spans) + QLatin1Char('\n');
        return t;
    };
    auto attribute = [&](const QString &name, int target, const QString &value) {
        ++a;
        out += QLatin1Char('A') + QString::number(a) + QLatin1Char('\t') + name + QStringLiteral(" T")
            + QString::number(target) + QLatin1Char(' ') + value + QLatin1Char('\n');
    };
    auto annotatorNote = [&](int target, const QString &value) {
        ++note;
        QString v = value;
        v.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += QLatin1Char('#') + QString::number(note) + QStringLiteral("\tAnnotatorNotes T")
            + QString::number(target) + QLatin1Char('\t') + v + QLatin1Char('\n');
    };

    for (const Analysis::FoundActor &actor : result.actors) {
        const QString label = capitalised(Model::actorTypeName(actor.type));
        for (Span m : actor.mentions) {
            const int id = textBound(label, {m});
            annotatorNote(id, QStringLiteral("actor: ") + actor.name);
        }
    }
    for (const Analysis::FoundQuote &q : result.quotes) {
        const int id = textBound(QStringLiteral("Quote"), q.content);
        attribute(QStringLiteral("Kind"), id, Model::quoteKindName(q.kind));
        attribute(QStringLiteral("SourceKind"), id, Model::sourceKindName(q.sourceKind));
        QString note = QStringLiteral("confidence: ") + QString::number(q.confidence, 'f', 2);
        if (!q.speaker.isEmpty())
            note += QStringLiteral("; speaker: ") + q.speaker;
        annotatorNote(id, note);
        if (q.cue.isValid())
            textBound(QStringLiteral("Cue"), {q.cue});
        if (q.source.isValid())
            textBound(QStringLiteral("Source"), {q.source});
    }
    for (const Analysis::FoundCommitment &c : result.commitments) {
        const int id = textBound(QStringLiteral("Commitment"), {c.span});
        attribute(QStringLiteral("Type"), id, Model::commitmentTypeName(c.type));
        if (c.negated)
            attribute(QStringLiteral("Negated"), id, QStringLiteral("true"));
        QString n = QStringLiteral("strength: ") + QString::number(c.strength, 'g', 3);
        if (!c.holder.isEmpty())
            n += QStringLiteral("; holder: ") + c.holder;
        if (!c.addressee.isEmpty())
            n += QStringLiteral("; addressee: ") + c.addressee;
        annotatorNote(id, n);
    }
    for (Span b : result.boilerplate)
        textBound(QStringLiteral("Boilerplate"), {b});
    return out;
}

int runAnalyze(const QStringList &args, Output io)
{
    QStringList files;
    QStringList lexiconFolders;
    QString format = QStringLiteral("json");
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--format" || arg == u"--lexicons") {
            if (i + 1 >= args.size()) {
                io.err << "parlance analyze: " << printable(arg) << " needs a value" << Qt::endl;
                return 2;
            }
            (arg == u"--format" ? format : lexiconFolders.emplaceBack()) = args[++i];
        } else if (arg.startsWith(u"--format=")) {
            format = arg.mid(9);
        } else if (arg == u"-h" || arg == u"--help") {
            io.out << "Usage: parlance analyze FILE... [--format json|brat] [--lexicons DIR]\n"
                      "Prints quotes with speakers, actors, commitments and boilerplate of each UTF-8 text\n"
                      "file: one JSON object per line (offsets in code points, end exclusive), or brat\n"
                      "standoff lines (with several files, each block starts with \"==> FILE <==\").\n"
                      "--lexicons DIR adds the lexicon files found in DIR to the built-in ones.\n";
            return 0;
        } else if (arg.startsWith(u"--")) {
            io.err << "parlance analyze: unknown option " << printable(arg) << Qt::endl;
            return 2;
        } else {
            files.append(arg);
        }
    }
    if (format != u"json" && format != u"brat") {
        io.err << "parlance analyze: unknown format '" << printable(format) << "' (json or brat)" << Qt::endl;
        return 2;
    }
    if (files.isEmpty()) {
        io.err << "parlance analyze: no input files (usage: parlance analyze FILE... [--format json|brat])" << Qt::endl;
        return 2;
    }
    QStringList warnings;
    const Analysis::Analyzer analyzer(lexiconFolders, &warnings);
    for (const QString &w : std::as_const(warnings))
        io.err << "parlance analyze: " << printable(w) << Qt::endl;

    // Each file is read, analysed and formatted on a core of its own (the analyser is const and
    // thread-safe); the results are printed in the order of the files as they become ready.
    struct FileResult {
        QString output;
        Error error; ///< without the file: printed after it
    };
    const bool severalFiles = files.size() > 1;
    const auto analyse = [&analyzer, &format, severalFiles](const QString &path) {
        FileResult r;
        QFile file(path);
        QString text;
        if (!QFileInfo(path).isFile())
            r.error = QFileInfo::exists(path) ? Error(Error::Invalid, Error::Problem::NotARegularFile, {})
                                              : Error(Error::NotFound, Error::Problem::NoSuchFile, {});
        else if (!file.open(QIODevice::ReadOnly))
            r.error = {Error::Io, Error::Problem::CannotRead, {}, {}, file.errorString()};
        else
            decodeText(file.readAll(), &text, &r.error);
        if (r.error)
            return r;
        const AnalysisResult result = analyzer.analyze(text);
        if (format == u"json")
            r.output = analysisToJsonLine(path, text, result) + QLatin1Char('\n');
        else
            r.output = (severalFiles ? QStringLiteral("==> ") + printable(path) + QStringLiteral(" <==\n") : QString())
                + analysisToBrat(text, result);
        return r;
    };
    const QFuture<FileResult> results = QtConcurrent::mapped(files, analyse);
    int failed = 0;
    for (int i = 0; i < files.size(); ++i) {
        const FileResult r = results.resultAt(i);
        if (r.error) {
            io.err << "parlance analyze: " << printable(files[i]) << ": " << printable(r.error.message()) << Qt::endl;
            ++failed;
            continue;
        }
        io.out << r.output;
    }
    io.out.flush();
    return failed ? 1 : 0;
}

} // namespace Parlance::Cli
