// SPDX-License-Identifier: GPL-2.0-or-later
#include "error.h"

#include <QDir>

namespace Parlance {

namespace {

// The sentences, in English; lupdate collects them under "Parlance::Error". %1… are the error's
// args in order, then its detail (the library's words, always last).
const char *sourceText(Error::Problem problem)
{
    using P = Error::Problem;
    switch (problem) {
    case P::None:
    case P::Custom:
        return "%1";
    case P::ProjectClosed:
        return QT_TRANSLATE_NOOP("Parlance::Error", "The project is closed.");
    case P::ReadOnlyProject:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the project is open read-only (%1)");
    case P::DamageSeen:
        return QT_TRANSLATE_NOOP("Parlance::Error", "damage was found in the file (%1); nothing more is saved to it, open its newest backup");
    case P::PageChecksum:
        return QT_TRANSLATE_NOOP("Parlance::Error",
                                 "is damaged: page %1 does not match its checksum (damaged on the disk, or changed by another program); "
                                 "nothing is saved to it, open its newest backup");
    case P::SaveArticles:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the articles (%1)");
    case P::AddArticle:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot add the article \u201c%1\u201d (%2)");
    case P::RemoveArticle:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot remove the article (%1)");
    case P::SaveAnnotation:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the annotation (%1)");
    case P::RestoreAnnotation:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot restore the annotation (%1)");
    case P::RemoveAnnotation:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot remove the annotation (%1)");
    case P::ReplaceSuggestions:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot replace the suggestions (%1)");
    case P::AddActor:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot add the actor (%1)");
    case P::SaveActor:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the actor (%1)");
    case P::RemoveActor:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot remove the actor (%1)");
    case P::RestoreActor:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot restore the actor (%1)");
    case P::MergeActors:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot merge the actors (%1)");
    case P::UnmergeActors:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot separate the actors again (%1)");
    case P::AddCategory:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot add the category (%1)");
    case P::SaveCategory:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the category (%1)");
    case P::RemoveCategory:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot remove the category (%1)");
    case P::RestoreCategory:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot restore the category (%1)");
    case P::SaveCoder:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the coder (%1)");
    case P::SaveComparison:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the comparison (%1)");
    case P::RemoveComparison:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot remove the comparison (%1)");
    case P::SaveSetting:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the setting %1 (%2)");
    case P::SaveChanges:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot save the changes (%1)");
    case P::ChangeThreads:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot change the commitment threads (%1)");
    case P::SecondConnection:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot open a second connection (%1)");
    case P::NoSuchArticle:
        return QT_TRANSLATE_NOOP("Parlance::Error", "there is no article %1");
    case P::NoSuchAnnotation:
        return QT_TRANSLATE_NOOP("Parlance::Error", "there is no annotation %1");
    case P::NoSuchActor:
        return QT_TRANSLATE_NOOP("Parlance::Error", "there is no actor %1");
    case P::NoSuchCategory:
        return QT_TRANSLATE_NOOP("Parlance::Error", "there is no category %1");
    case P::NoSuchComparison:
        return QT_TRANSLATE_NOOP("Parlance::Error", "there is no comparison set %1");
    case P::ArticleGone:
        return QT_TRANSLATE_NOOP("Parlance::Error", "there is no such article any more");
    case P::SpanOutsideText:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the span %1\u2013%2 is outside the article's text");
    case P::PartOutsideText:
        return QT_TRANSLATE_NOOP("Parlance::Error", "a part of the annotation is outside the article's text");
    case P::SpanCutsCharacter:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the span %1\u2013%2 cuts a character in two");
    case P::RestoreNeedsId:
        return QT_TRANSLATE_NOOP("Parlance::Error", "an item to restore needs its former id");
    case P::AnnotationExists:
        return QT_TRANSLATE_NOOP("Parlance::Error", "annotation %1 exists already");
    case P::ActorExists:
        return QT_TRANSLATE_NOOP("Parlance::Error", "actor %1 exists already");
    case P::CategoryExists:
        return QT_TRANSLATE_NOOP("Parlance::Error", "category %1 exists already");
    case P::SuggestionForOtherArticle:
        return QT_TRANSLATE_NOOP("Parlance::Error", "a suggestion for article %1 was given for article %2");
    case P::ActorNeedsName:
        return QT_TRANSLATE_NOOP("Parlance::Error", "an actor needs a name");
    case P::CategoryNeedsName:
        return QT_TRANSLATE_NOOP("Parlance::Error", "a category needs a name");
    case P::MergeIntoItself:
        return QT_TRANSLATE_NOOP("Parlance::Error", "an actor cannot be merged into itself");
    case P::NotACommitment:
        return QT_TRANSLATE_NOOP("Parlance::Error", "annotation %1 is not a commitment of this project");
    case P::CopyOverItself:
        return QT_TRANSLATE_NOOP("Parlance::Error", "a copy cannot replace the project itself");
    case P::FolderMissing:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the folder does not exist");
    case P::CannotCreate:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot create the project (%1)");
    case P::ExistsAlready:
        return QT_TRANSLATE_NOOP("Parlance::Error", "exists already; give a new file name");
    case P::CopyToUpgrade:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot copy it to upgrade it (%1)");
    case P::CannotWriteProject:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot write the project (%1)");
    case P::CannotMoveNewFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot write the project (cannot move the new file into place)");
    case P::NoSpaceForCopy:
        return QT_TRANSLATE_NOOP("Parlance::Error", "not enough free space for a copy (it needs %1, the device has %2 free)");
    case P::NoSpaceForRestore:
        return QT_TRANSLATE_NOOP("Parlance::Error", "not enough free space (it needs %1, the device has %2 free)");
    case P::CannotCreateCopy:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot create the copy (%1)");
    case P::CannotStartCopy:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot start the copy (%1)");
    case P::CopyFailed:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the copy failed (%1)");
    case P::CopyNotVerified:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the copy did not pass its check");
    case P::CannotMoveCopy:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot move the copy into place");
    case P::RestoreNeedsNewFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "exists already; a backup is restored into a new file only");
    case P::BackupNotGood:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the backup %1 does not pass its check");
    case P::CannotWriteCopy:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot write the copy (%1)");
    case P::CopyNotVerifiedOrNamed:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the copy did not pass its check or could not take its name");
    case P::CannotCreateBackupFolder:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot create the backup folder");
    case P::OpenElsewhere:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is open in another Parlance; close it first");
    case P::CannotLock:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot lock it (%1)");
    case P::CannotCopyBackup:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot copy the backup beside it");
    case P::CannotMoveDamagedAside:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot move the damaged file aside");
    case P::CannotMoveRestored:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot move the restored copy into place");
    case P::CannotRead:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be read (%1)");
    case P::NoSuchFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "no such file");
    case P::UnreadableAfterCreating:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be read after creating it");
    case P::DanglingSymlink:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is a symbolic link to %1, which does not exist; nothing was created there");
    case P::IsFolder:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is a folder, not a Parlance project");
    case P::IsFifo:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is a named pipe (FIFO), not a Parlance project");
    case P::IsDevice:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is a device, not a Parlance project");
    case P::NotRegularFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not a regular file, not a Parlance project");
    case P::UnreadableAsFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be read as a file");
    case P::EmptyFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is empty (0 bytes), not a Parlance project");
    case P::NotSqlite:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not a Parlance project (not an SQLite database)");
    case P::OtherApplication:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is an SQLite database of another application, not a Parlance project");
    case P::TruncatedTo:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is damaged: truncated to %1 bytes");
    case P::TruncatedOf:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is damaged: truncated (%1 of %2 bytes)");
    case P::Damaged:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is damaged (%1)");
    case P::NoSchemaVersion:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is damaged: it has no schema version");
    case P::PageChecksumOnOpen:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is damaged: page %1 does not match its checksum (damaged on the disk, or changed by another program)");
    case P::TooNew:
        return QT_TRANSLATE_NOOP("Parlance::Error", "was saved by a newer Parlance (project version %1; this Parlance reads up to version %2)");
    case P::Tampered:
        return QT_TRANSLATE_NOOP("Parlance::Error", "was altered outside Parlance (%1); not opened, for safety");
    case P::OpenForWritingElsewhere:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is open for writing in another Parlance (a window or an import); it can be opened read-only");
    case P::StrayWalStuck:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the %1 beside it is not its own (%2) and cannot be moved aside");
    case P::StrayJournalStuck:
        return QT_TRANSLATE_NOOP("Parlance::Error", "the journal %1 beside it is not its own (%2) and cannot be moved aside");
    case P::CannotOpen:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be opened (%1)");
    case P::CannotOpenForWriting:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be opened for writing (%1)");
    case P::CannotUpgradeFrom:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be upgraded from project version %1 (%2)");
    case P::UpgradeNeedsWriting:
        return QT_TRANSLATE_NOOP("Parlance::Error", "needs upgrading from project version %1 to %2, which needs write access (%3)");
    case P::WalInReadOnlyFolder:
        return QT_TRANSLATE_NOOP("Parlance::Error", "its last changes are in %1, which cannot be read in a read-only folder; copy both files to a writable folder");
    case P::CannotRecover:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be recovered after a crash (%1)");
    case P::CannotRecoverKeptAside:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be recovered after a crash (%2); the file as it was is kept as %1");
    case P::RecoveryNeedsWriting:
        return QT_TRANSLATE_NOOP("Parlance::Error", "was left unfinished by a crash; recovering it needs write access (%1)");
    case P::RecoveryCannotCopyAside:
        return QT_TRANSLATE_NOOP("Parlance::Error", "was left unfinished by a crash; not recovered, as it cannot be copied aside first");
    case P::RecoveryFolderMissing:
        return QT_TRANSLATE_NOOP("Parlance::Error", "was left unfinished by a crash; not recovered, as %1 cannot be made");
    case P::NoSpaceLeft:
        return QT_TRANSLATE_NOOP("Parlance::Error", "no space left on the device (%1 free)");
    case P::NoSpaceLeftHere:
        return QT_TRANSLATE_NOOP("Parlance::Error", "no space left on the device");
    case P::CannotBeWritten:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be written");
    case P::NotAFolder:
        return QT_TRANSLATE_NOOP("Parlance::Error", "exists and is not a folder");
    case P::CannotCreateFolder:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot create the folder");
    case P::ExportNeedsFonts:
        return QT_TRANSLATE_NOOP("Parlance::Error", "%1 export needs fonts, which need a QGuiApplication");
    case P::ExportDrawsCharts:
        return QT_TRANSLATE_NOOP("Parlance::Error", "%1 export draws charts, which need fonts and so a QGuiApplication");
    case P::CannotWritePackage:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot write the document package (%1)");
    case P::CannotMakeArchive:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot make the archive (%1)");
    case P::NoArticleWithId:
        return QT_TRANSLATE_NOOP("Parlance::Error", "no article with id %1");
    case P::UnknownReportFormat:
        return QT_TRANSLATE_NOOP("Parlance::Error", "unknown report format");
    case P::CannotWriteDocument:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot write the document");
    case P::BackupBeforeConversion:
        return QT_TRANSLATE_NOOP("Parlance::Error", "not changed: the backup made before converting it failed (%1)");
    case P::CannotUpgrade:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be upgraded from project version %1 (%2); a backup was made first");
    case P::CannotConvertParley:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be converted from a Parley project (%1); a backup was made first");
    case P::CannotPrepareForWriting:
        return QT_TRANSLATE_NOOP("Parlance::Error", "cannot be prepared for writing (%1)");
    case P::FolderNotFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is a folder, not a file");
    case P::PipeOrDevice:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not a regular file (a pipe or a device?)");
    case P::NotARegularFile:
        return QT_TRANSLATE_NOOP("Parlance::Error", "not a regular file");
    case P::TooLargeAtMost:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is too large (at most %1 MB)");
    case P::TooLargeOfAtMost:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is too large (%1 MB; at most %2 MB)");
    case P::InvalidEncoding:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not valid %1");
    case P::InvalidEncodingOddBytes:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not valid %1 (an odd number of bytes)");
    case P::LoneSurrogate:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not valid %1 (a lone surrogate at character %2)");
    case P::InvalidUtf8At:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is not valid UTF-8 (at byte %1)");
    case P::InvalidUtf8:
        return QT_TRANSLATE_NOOP("Parlance::Error", "invalid UTF-8");
    case P::EmptyText:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is empty");
    case P::OnlyWhiteSpace:
        return QT_TRANSLATE_NOOP("Parlance::Error", "holds only white space");
    case P::BinaryNotText:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is a binary file, not text");
    case P::BinaryNulBytes:
        return QT_TRANSLATE_NOOP("Parlance::Error", "binary file (contains NUL bytes)");
    case P::NoText:
        return QT_TRANSLATE_NOOP("Parlance::Error", "has no text");
    case P::PageTooLarge:
        return QT_TRANSLATE_NOOP("Parlance::Error", "is too large");
    case P::PageTooManyAttributes:
        return QT_TRANSLATE_NOOP("Parlance::Error", "has a tag with more than %1 attributes: not a page Parlance can read");
    case P::PageTooDeep:
        return QT_TRANSLATE_NOOP("Parlance::Error", "nests elements more than %1 deep: not a page Parlance can read");
    case P::BratNoTab:
        return QT_TRANSLATE_NOOP("Parlance::Error", "line %1: expected an id, a tab and an annotation");
    case P::BratEmptyLine:
        return QT_TRANSLATE_NOOP("Parlance::Error", "line %1: empty annotation");
    case P::BratBadOffsets:
        return QT_TRANSLATE_NOOP("Parlance::Error", "line %1: bad offsets '%2' (the text has %3 characters)");
    case P::BratExpected:
        //: %2 is a line of brat's format, e.g. 'Type Arg1:T Arg2:T', not to be translated
        return QT_TRANSLATE_NOOP("Parlance::Error", "line %1: expected %2");
    case P::BratBadValue:
        return QT_TRANSLATE_NOOP("Parlance::Error", "line %1: bad value '%2' of %3");
    }
    return "%1";
}

// Puts values[N-1] in place of each %N in one pass, so that a value holding '%1' stays as it is.
QString fill(const QString &text, const QStringList &values)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        int n = 0;
        qsizetype j = i + 1;
        while (text.at(i) == u'%' && j < text.size() && j - i <= 2 && text.at(j).isDigit())
            n = n * 10 + text.at(j++).digitValue();
        if (n >= 1 && n <= values.size()) {
            result += values.at(n - 1);
            i = j - 1;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

} // namespace

Error::Error(Code code, Problem problem, const QString &file, const QStringList &args, const QString &detail)
    : code(code)
    , problem(problem)
    , file(file)
    , detail(detail)
    , args(args)
{
}

QString Error::sentence() const
{
    if (problem == Problem::None)
        return {};
    QString text = problem == Problem::Custom ? QStringLiteral("%1") : tr(sourceText(problem));
    QStringList values;
    for (const QString &arg : args)
        values << arg.simplified(); // one line, also when SQLite quotes a schema statement
    if (detail.isEmpty())
        return fill(text, values);
    values << detail.simplified();
    // A sentence without a place for the library's words gets them after it, in parentheses.
    if (!text.contains(u'%' + QString::number(values.size())))
        //: A sentence, then the library's own words on the failure (e.g. SQLite's)
        text = tr("%1 (%2)").arg(text, u'%' + QString::number(values.size()));
    return fill(text, values);
}

QString Error::message() const
{
    const QString said = sentence();
    if (file.isEmpty())
        return said;
    //: A file's path, then what went wrong with it
    return tr("%1: %2").arg(QDir::toNativeSeparators(file), said);
}

} // namespace Parlance
