// SPDX-License-Identifier: GPL-2.0-or-later
#include "teamcommands.h"

#include "agreement/agreementreport.h"
#include "agreement/studyloader.h"
#include "storage/projectsnapshot.h"
#include "teams/distribution.h"
#include "teams/projectmerge.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace Parlance::Cli {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Coder names from "a,b,c": trimmed, non-empty, each once.
QStringList coderList(const QString &text, QString *problem)
{
    QStringList coders;
    const QStringList parts = text.split(u',');
    for (const QString &part : parts) {
        const QString name = part.simplified();
        if (name.isEmpty()) {
            *problem = QStringLiteral("an empty coder name in '%1'").arg(text);
            return {};
        }
        if (coders.contains(name)) {
            *problem = QStringLiteral("the coder '%1' is named twice").arg(name);
            return {};
        }
        coders.append(name);
    }
    return coders;
}

QString valueOf(const QStringList &args, QStringView option)
{
    for (qsizetype i = 0; i + 1 < args.size(); ++i)
        if (args[i] == option)
            return args[i + 1];
    return {};
}

} // namespace

bool agreeNeedsGuiApplication(const QStringList &arguments)
{
    return arguments.value(1) == u"agree" && Agreement::AgreementReport::needsGuiApplication(valueOf(arguments.mid(2), u"--format"));
}

int runAgree(const QStringList &args, Output io)
{
    const QString usage = QStringLiteral("parlance: usage: parlance agree PROJECT [--coders A,B] [--kind quote|actor|commitment|category] "
                                         "[--match exact|overlap] [--overlap 0.5] [--format %1] [-o OUT]")
                              .arg(Agreement::AgreementReport::formatNames().join(u'|'));
    QString projectPath, output, format = QStringLiteral("markdown");
    Agreement::StudyOptions options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--coders" && hasValue) {
            QString problem;
            options.coders = coderList(args[++i], &problem);
            if (options.coders.isEmpty()) {
                io.err << "parlance: --coders: " << problem << Qt::endl;
                return 2;
            }
        } else if (arg == u"--kind" && hasValue) {
            bool ok = false;
            const Model::AnnotationKind kind = Model::annotationKindFromName(args[++i], &ok);
            if (!ok) {
                io.err << "parlance: --kind takes quote, actor, commitment or category, not '" << args[i] << "'" << Qt::endl;
                return 2;
            }
            options.kind = kind;
        } else if (arg == u"--match" && hasValue) {
            const QString mode = args[++i];
            if (mode != u"exact" && mode != u"overlap") {
                io.err << "parlance: --match takes exact or overlap, not '" << mode << "'" << Qt::endl;
                return 2;
            }
            options.match.mode = mode == u"exact" ? Agreement::MatchOptions::Mode::Exact : Agreement::MatchOptions::Mode::Overlap;
        } else if (arg == u"--overlap" && hasValue) {
            bool ok = false;
            const double threshold = args[++i].toDouble(&ok);
            if (!ok || threshold <= 0 || threshold > 1) {
                io.err << "parlance: --overlap takes a share above 0 and at most 1, not '" << args[i] << "'" << Qt::endl;
                return 2;
            }
            options.match.mode = Agreement::MatchOptions::Mode::Overlap;
            options.match.threshold = threshold;
        } else if ((arg == u"--format" || arg == u"-f") && hasValue) {
            format = args[++i] == u"md" ? QStringLiteral("markdown") : args[i];
            if (!Agreement::AgreementReport::formatNames().contains(format)) {
                io.err << "parlance: unknown report format '" << format << "' (one of "
                       << Agreement::AgreementReport::formatNames().join(QStringLiteral(", ")) << ")" << Qt::endl;
                return 2;
            }
        } else if ((arg == u"-o" || arg == u"--output") && hasValue) {
            output = args[++i];
        } else if (!arg.startsWith(u'-') && projectPath.isEmpty()) {
            projectPath = arg;
        } else {
            io.err << "parlance: agree: unexpected '" << arg << "'" << Qt::endl << usage << Qt::endl;
            return 2;
        }
    }
    if (projectPath.isEmpty()) {
        io.err << usage << Qt::endl;
        return 2;
    }
    if (output.isEmpty() && Agreement::AgreementReport::needsGuiApplication(format)) {
        io.err << "parlance: a " << format << " report needs -o OUT" << Qt::endl;
        return 2;
    }

    QTemporaryDir scratch;
    Storage::Error error;
    const auto project = Storage::openWithoutChanging(projectPath, scratch, &error);
    if (!project) {
        io.err << "parlance: " << error.message() << Qt::endl;
        return 1;
    }
    const Agreement::StudyData data = Agreement::loadStudy(*project);
    const QStringList known = data.coders();
    for (const QString &coder : std::as_const(options.coders)) {
        if (!known.contains(coder)) {
            io.err << "parlance: " << native(projectPath) << ": no confirmed annotations by the coder '" << coder << "' (coders: "
                   << (known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))) << ")" << Qt::endl;
            return 1;
        }
    }
    if ((options.coders.isEmpty() ? known : options.coders).size() < 2) {
        io.err << "parlance: " << native(projectPath) << ": agreement needs at least two coders with confirmed annotations (coders: "
               << (known.isEmpty() ? QStringLiteral("none") : known.join(QStringLiteral(", "))) << ")" << Qt::endl;
        return 1;
    }
    const Agreement::AgreementResult result = Agreement::computeAgreement(data, options);
    const Agreement::AgreementReport report(result, QFileInfo(projectPath).fileName());
    if (output.isEmpty()) {
        io.out << QString::fromUtf8(report.bytes(format));
        io.out.flush();
        return 0;
    }
    Error writeError;
    if (!report.write(format, output, &writeError)) {
        io.err << "parlance: " << writeError.message() << Qt::endl;
        return 1;
    }
    return 0;
}

int runDistribute(const QStringList &args, Output io)
{
    const QString usage = QStringLiteral("parlance: usage: parlance distribute MASTER --coders A,B,C -o DIR [--suggestions keep|drop]");
    QString masterPath, outputDir;
    QStringList coders;
    Teams::Suggestions suggestions = Teams::Suggestions::Keep;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        const bool hasValue = i + 1 < args.size();
        if (arg == u"--coders" && hasValue) {
            QString problem;
            coders = coderList(args[++i], &problem);
            if (coders.isEmpty()) {
                io.err << "parlance: --coders: " << problem << Qt::endl;
                return 2;
            }
        } else if ((arg == u"-o" || arg == u"--output") && hasValue) {
            outputDir = args[++i];
        } else if (arg == u"--suggestions" && hasValue) {
            const QString policy = args[++i];
            if (policy != u"keep" && policy != u"drop") {
                io.err << "parlance: --suggestions takes keep or drop, not '" << policy << "'" << Qt::endl;
                return 2;
            }
            suggestions = policy == u"keep" ? Teams::Suggestions::Keep : Teams::Suggestions::Drop;
        } else if (!arg.startsWith(u'-') && masterPath.isEmpty()) {
            masterPath = arg;
        } else {
            io.err << "parlance: distribute: unexpected '" << arg << "'" << Qt::endl << usage << Qt::endl;
            return 2;
        }
    }
    if (masterPath.isEmpty() || coders.isEmpty() || outputDir.isEmpty()) {
        io.err << usage << Qt::endl;
        return 2;
    }
    const QString base = QFileInfo(masterPath).completeBaseName();
    QStringList targets;
    for (const QString &coder : std::as_const(coders)) {
        const QString target = QDir(outputDir).filePath(Teams::copyFileName(base, coder));
        if (targets.contains(target)) {
            io.err << "parlance: two coders' copies would have the same file name " << native(target) << Qt::endl;
            return 2;
        }
        if (QFileInfo::exists(target)) {
            io.err << "parlance: " << native(target) << ": exists already; nothing was written" << Qt::endl;
            return 1;
        }
        targets.append(target);
    }
    Storage::Error error;
    const std::optional<Storage::ProjectSnapshot> master = Storage::ProjectSnapshot::readFile(masterPath, &error);
    if (!master) {
        io.err << "parlance: " << error.message() << Qt::endl;
        return 1;
    }
    if (!QDir().mkpath(outputDir)) {
        io.err << "parlance: " << native(outputDir) << ": cannot create the folder" << Qt::endl;
        return 1;
    }
    const QList<Teams::CoderCopy> copies = Teams::distributeProject(*master, coders, suggestions);
    for (qsizetype i = 0; i < copies.size(); ++i) {
        if (!copies[i].project.write(targets[i], &error)) {
            io.err << "parlance: " << error.message() << Qt::endl;
            return 1;
        }
        io.out << copies[i].coder << ": " << native(targets[i]) << " (" << copies[i].project.annotations.size() << " annotations)" << Qt::endl;
    }
    return 0;
}

int runMerge(const QStringList &args, Output io)
{
    const QString usage = QStringLiteral("parlance: usage: parlance merge A B ... -o OUT");
    QStringList inputs;
    QString output;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if ((arg == u"-o" || arg == u"--output") && i + 1 < args.size()) {
            output = args[++i];
        } else if (!arg.startsWith(u'-')) {
            inputs.append(arg);
        } else {
            io.err << "parlance: merge: unexpected '" << arg << "'" << Qt::endl << usage << Qt::endl;
            return 2;
        }
    }
    if (inputs.isEmpty() || output.isEmpty()) {
        io.err << usage << Qt::endl;
        return 2;
    }
    const QString outAbsolute = QFileInfo(output).absoluteFilePath();
    for (const QString &input : std::as_const(inputs)) {
        if (QFileInfo(input).absoluteFilePath() == outAbsolute) {
            io.err << "parlance: " << native(output) << ": is also an input; merge never changes its inputs" << Qt::endl;
            return 2;
        }
    }
    if (QFileInfo::exists(output)) {
        io.err << "parlance: " << native(output) << ": exists already; give a new file name" << Qt::endl;
        return 1;
    }
    QList<Teams::MergeInput> snapshots;
    for (const QString &input : std::as_const(inputs)) {
        Storage::Error error;
        std::optional<Storage::ProjectSnapshot> snapshot = Storage::ProjectSnapshot::readFile(input, &error);
        if (!snapshot) {
            io.err << "parlance: " << error.message() << Qt::endl;
            return 1;
        }
        snapshots.append({native(input), std::move(*snapshot)});
    }
    const Teams::MergeResult result = Teams::mergeProjects(snapshots);
    if (!result.project) {
        io.err << "parlance: " << result.error << Qt::endl;
        return 1;
    }
    Storage::Error error;
    if (!result.project->write(output, &error)) {
        io.err << "parlance: " << error.message() << Qt::endl;
        return 1;
    }
    const Storage::ProjectSnapshot &merged = *result.project;
    io.out << "Merged " << inputs.size() << " projects into " << native(output) << ": " << merged.articles.size() << " articles, "
           << merged.annotations.size() << " annotations, " << merged.actors.size() << " actors, " << merged.categories.size()
           << " categories, " << merged.coders.size() << " coders." << Qt::endl;
    for (const Storage::MergedIdentity &m : result.folded)
        io.out << "Folded the " << m.entity << " " << m.uuid << " into " << m.mergedInto << " (same " << (m.entity == u"article" ? "text" : "name") << ")." << Qt::endl;
    if (result.reanchored > 0)
        io.out << "Moved " << result.reanchored << " annotations to where their text now stands." << Qt::endl;
    io.out << "Conflicts: " << result.conflicts.size() << Qt::endl;
    for (const Teams::ReportedConflict &c : result.conflicts) {
        io.out << "  " << c.conflict.entity << ' ' << c.conflict.uuid << ", " << c.conflict.field << ": kept \u201c" << c.conflict.keptValue
               << "\u201d (" << c.keptFrom.join(QStringLiteral(", ")) << (c.conflict.keptModified.isValid() ? QStringLiteral(", ") + c.conflict.keptModified.toString(Qt::ISODate) : QString())
               << ") over \u201c" << c.conflict.lostValue << "\u201d (" << c.lostFrom.join(QStringLiteral(", "))
               << (c.conflict.lostModified.isValid() ? QStringLiteral(", ") + c.conflict.lostModified.toString(Qt::ISODate) : QString()) << ")" << Qt::endl;
    }
    for (const Teams::UnanchoredAnnotation &u : result.unanchored) {
        io.err << "parlance: " << u.from.join(QStringLiteral(", ")) << ": the annotation " << u.uuid << " (\u201c" << u.exact
               << "\u201d) was left out: its text is no longer in the article \u201c" << u.articleTitle << "\u201d" << Qt::endl;
    }
    return result.unanchored.isEmpty() ? 0 : 1;
}

} // namespace Parlance::Cli
