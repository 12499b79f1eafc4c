// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The one error value passed across the core's boundaries (storage first): a kind for programs to
// branch on, which sentence to say, the file concerned and the library's own words. The sentence is
// composed by message() where it is shown, in the reader's language: every sentence lives in
// error.cpp, under the translation context "Parlance::Error".

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Parlance {

class Error {
    Q_DECLARE_TR_FUNCTIONS(Parlance::Error)
public:
    /// What kind of failure: what a program branches on (tests, the command line's exit status).
    enum Code {
        None,
        NotFound,
        NotSqlite,   ///< not an SQLite database at all (random bytes, zero bytes, a text file…)
        NotParlance, ///< an SQLite database of another application
        Corrupt,     ///< truncated or damaged (quick_check failed)
        Tampered,    ///< carries triggers, views or tables Parlance did not create
        TooNew,      ///< user_version above the schema this Parlance knows
        Locked,      ///< open in another Parlance process
        ReadOnly,    ///< a write was attempted on a project opened read-only
        Io,          ///< disk full, I/O error, permission…
        Invalid,     ///< bad argument (unknown id, span outside the text…)
    };

    /// Which sentence message() says. Its placeholders take args() in order, then detail.
    enum class Problem {
        None,
        Custom, ///< words made elsewhere (kept as given: a source being moved to this type)
        // Writing a project
        ProjectClosed,
        ReadOnlyProject,
        DamageSeen,
        PageChecksum,
        SaveArticles,
        AddArticle,
        RemoveArticle,
        SaveAnnotation,
        RestoreAnnotation,
        RemoveAnnotation,
        ReplaceSuggestions,
        AddActor,
        SaveActor,
        RemoveActor,
        RestoreActor,
        MergeActors,
        UnmergeActors,
        AddCategory,
        SaveCategory,
        RemoveCategory,
        RestoreCategory,
        SaveCoder,
        SaveComparison,
        RemoveComparison,
        SaveSetting,
        SaveChanges,
        ChangeThreads,
        SecondConnection,
        // Refused arguments
        NoSuchArticle,
        NoSuchAnnotation,
        NoSuchActor,
        NoSuchCategory,
        NoSuchComparison,
        ArticleGone,
        SpanOutsideText,
        PartOutsideText,
        SpanCutsCharacter,
        RestoreNeedsId,
        AnnotationExists,
        ActorExists,
        CategoryExists,
        SuggestionForOtherArticle,
        ActorNeedsName,
        CategoryNeedsName,
        MergeIntoItself,
        NotACommitment,
        CopyOverItself,
        // Creating, copying and backing up
        FolderMissing,
        CannotCreate,
        ExistsAlready,
        CopyToUpgrade,
        CannotWriteProject,
        CannotMoveNewFile,
        NoSpaceForCopy,
        NoSpaceForRestore,
        CannotCreateCopy,
        CannotStartCopy,
        CopyFailed,
        CopyNotVerified,
        CannotMoveCopy,
        RestoreNeedsNewFile,
        BackupNotGood,
        CannotWriteCopy,
        CopyNotVerifiedOrNamed,
        OpenElsewhere,
        CannotCreateBackupFolder,
        CannotLock,
        CannotCopyBackup,
        CannotMoveDamagedAside,
        CannotMoveRestored,
        // Opening a project
        CannotRead,
        NoSuchFile,
        UnreadableAfterCreating,
        DanglingSymlink,
        IsFolder,
        IsFifo,
        IsDevice,
        NotRegularFile,
        UnreadableAsFile,
        EmptyFile,
        NotSqlite,
        OtherApplication,
        TruncatedTo,
        TruncatedOf,
        Damaged,
        NoSchemaVersion,
        PageChecksumOnOpen,
        TooNew,
        Tampered,
        OpenForWritingElsewhere,
        StrayWalStuck,
        StrayJournalStuck,
        CannotOpen,
        CannotOpenForWriting,
        CannotUpgradeFrom,
        UpgradeNeedsWriting,
        WalInReadOnlyFolder,
        CannotRecover,
        CannotRecoverKeptAside,
        RecoveryNeedsWriting,
        RecoveryCannotCopyAside,
        RecoveryFolderMissing,
        // Writing files (exports)
        NoSpaceLeft,
        NoSpaceLeftHere,
        CannotBeWritten,
        NotAFolder,
        CannotCreateFolder,
        ExportNeedsFonts,
        ExportDrawsCharts,
        CannotWritePackage,
        CannotMakeArchive,
        NoArticleWithId,
        UnknownReportFormat,
        CannotWriteDocument,
        // Converting on the first change
        BackupBeforeConversion,
        CannotUpgrade,
        CannotConvertParley,
        CannotPrepareForWriting,
        // Reading files in (articles, pages, brat standoff, the command line's texts)
        FolderNotFile,
        PipeOrDevice,
        NotARegularFile,
        TooLargeAtMost,
        TooLargeOfAtMost,
        InvalidEncoding,
        InvalidEncodingOddBytes,
        LoneSurrogate,
        InvalidUtf8At,
        InvalidUtf8,
        EmptyText,
        OnlyWhiteSpace,
        BinaryNotText,
        BinaryNulBytes,
        NoText,
        PageTooLarge,
        PageTooManyAttributes,
        PageTooDeep,
        BratNoTab,
        BratEmptyLine,
        BratBadOffsets,
        BratExpected,
        BratBadValue,
    };

    Error() = default;
    Error(Code code, Problem problem, const QString &file, const QStringList &args = {}, const QString &detail = {});

    /// An error whose words were made (and translated) elsewhere: message() says them as they are.
    static Error told(Code code, const QString &message) { return {code, Problem::Custom, {}, {message}}; }

    Code code = None;
    Problem problem = Problem::None;
    QString file;   ///< the file concerned, as stored (shown with native separators), or empty
    QString detail; ///< the library's own words (SQLite's, the system's), shown as they are
    QStringList args; ///< names and numbers the sentence quotes (an article's title, an id)

    /// One line for people: "FILE: sentence (detail)", translated.
    QString message() const;
    /// The sentence alone, without the file.
    QString sentence() const;

    explicit operator bool() const { return code != None; }
};

} // namespace Parlance
