// SPDX-License-Identifier: GPL-2.0-or-later
#include "exportdialog.h"

#include "export/exportutil.h"

#include "export/exportjob.h"
#include "export/textdocumentreport.h"
#include "storage/project.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QTextDocument>
#include <QTextStream>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parlance::Ui {

namespace {

constexpr int previewLines = 40;

/// The first lines of a text file, with the file's name as a heading.
QString headOf(const QString &path, const QString &shownName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QTextStream in(&file);
    QString text = u"\u2014 "_s + shownName + u" \u2014\n"_s;
    for (int n = 0; n < previewLines && !in.atEnd(); ++n)
        text += in.readLine() + u'\n';
    if (!in.atEnd())
        text += u"\u2026\n"_s;
    return text;
}

} // namespace

ExportDialog::ExportDialog(const Storage::Project &project, const QList<qint64> &selectedIds,
                           const QList<qint64> &openIds, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_selectedIds(selectedIds)
    , m_openIds(openIds)
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));

    m_format = new QComboBox(this);
    m_format->setObjectName(u"formatBox"_s);
    for (const QString &name : Export::ExporterRegistry::formatNames()) {
        const auto e = Export::ExporterRegistry::create(name);
        const QString suffix = e->writesFolder() ? tr("folder") : u"."_s + e->fileSuffix();
        m_format->addItem(tr("%1 (%2)").arg(e->description(), suffix), name);
    }
    m_description = new QLabel(this);
    m_description->setWordWrap(true);

    m_scope = new QButtonGroup(this);
    auto *all = new QRadioButton(tr("&All articles of the project"), this);
    auto *selected = new QRadioButton(tr("The articles &selected in the list (%n)", nullptr, int(selectedIds.size())), this);
    auto *open = new QRadioButton(openIds.size() > 1 ? tr("The articles &open side by side (%n)", nullptr, int(openIds.size()))
                                                     : tr("The article being &read"),
                                  this);
    all->setObjectName(u"scopeAll"_s);
    selected->setObjectName(u"scopeSelected"_s);
    open->setObjectName(u"scopeOpen"_s);
    selected->setEnabled(!selectedIds.isEmpty());
    open->setEnabled(!openIds.isEmpty());
    m_scope->addButton(all, int(Scope::All));
    m_scope->addButton(selected, int(Scope::Selected));
    m_scope->addButton(open, int(Scope::Open));
    all->setChecked(true);
    auto *scopeBox = new QVBoxLayout;
    for (QAbstractButton *b : m_scope->buttons())
        scopeBox->addWidget(b);

    m_suggestions = new QCheckBox(tr("Include &unreviewed suggestions (confirmed annotations only otherwise)"), this);
    m_suggestions->setObjectName(u"suggestionsBox"_s);
    m_bom = new QCheckBox(tr("Start with a &byte-order mark (for spreadsheet applications)"), this);
    m_bom->setObjectName(u"byteOrderMarkBox"_s);
    m_dark = new QCheckBox(tr("&Dark theme colours"), this);
    m_dark->setObjectName(u"darkThemeBox"_s);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"titleEdit"_s);
    m_title->setText(m_project.setting(QString::fromLatin1(Export::ReportData::TitleSetting)).toString());
    m_title->setPlaceholderText(tr("What the report holds, e.g. \u201cWho said what in 6 articles, 4\u20137 Mar 2025\u201d"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setObjectName(u"browseButton"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(QString(), m_description);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Articles:"), scopeBox);
    form->addRow(tr("Annotations:"), m_suggestions);
    form->addRow(tr("Options:"), m_bom);
    form->addRow(QString(), m_dark);
    // A row of several widgets gets no buddy from the form: the label names the path field itself.
    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setOpenLinks(false);
    m_preview->setMinimumSize(420, 300);
    m_plainDocument = new QTextDocument(m_preview);
    m_plainDocument->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setDocument(m_plainDocument);

    m_buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins({});
    leftLayout->addLayout(form);
    leftLayout->addStretch(1);
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins({});
    previewLayout->addWidget(new QLabel(tr("Preview:"), previewBox));
    previewLayout->addWidget(m_preview, 1);
    m_previewNote = new QLabel(previewBox);
    m_previewNote->setObjectName(u"previewNote"_s);
    m_previewNote->setWordWrap(true);
    previewLayout->addWidget(m_previewNote);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(previewBox);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    const QFileInfo projectFile(project.path());
    m_path->setText(projectFile.absoluteDir().filePath(projectFile.completeBaseName()));

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_scope, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updatePreview();
    });
    for (QCheckBox *box : {m_suggestions, m_bom, m_dark})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    // The preview follows the title once typing pauses (laying out a report takes a moment).
    auto *titlePause = new QTimer(this);
    titlePause->setSingleShot(true);
    titlePause->setInterval(400);
    connect(m_title, &QLineEdit::textEdited, titlePause, qOverload<>(&QTimer::start));
    connect(titlePause, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportNow())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    formatChanged();
    resize(980, 600);
}

ExportDialog::~ExportDialog()
{
    // The browser must not keep pointing at the report document when it goes.
    m_preview->setDocument(m_plainDocument);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormat(const QString &formatName)
{
    const int index = m_format->findData(formatName);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QRadioButton *ExportDialog::scopeButton(Scope scope) const
{
    return static_cast<QRadioButton *>(m_scope->button(int(scope)));
}

Export::ExportOptions ExportDialog::options() const
{
    Export::ExportOptions options;
    switch (Scope(m_scope->checkedId())) {
    case Scope::All:
        break;
    case Scope::Selected:
        options.articleIds = m_selectedIds;
        break;
    case Scope::Open:
        options.articleIds = m_openIds;
        break;
    }
    options.includeSuggestions = m_suggestions->isChecked();
    options.csvByteOrderMark = m_bom->isEnabled() && m_bom->isChecked();
    options.darkTheme = m_dark->isEnabled() && m_dark->isChecked();
    options.title = m_title->text().simplified();
    return options;
}

QString ExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

std::unique_ptr<Export::Exporter> ExportDialog::exporter() const
{
    return Export::ExporterRegistry::create(format(), options());
}

void ExportDialog::formatChanged()
{
    const auto e = exporter();
    m_description->setText(e->writesFolder() ? tr("%1: writes a folder with one .txt and one .ann file per article.")
                                                   .arg(e->description())
                                             : tr("%1: writes one .%2 file.").arg(e->description(), e->fileSuffix()));
    m_bom->setEnabled(format() == u"csv");
    m_dark->setEnabled(format() == u"html");
    m_path->setText(Export::pathForFormat(outputPath(), *e));
    updateButtons();
    updatePreview();
}

void ExportDialog::updateButtons()
{
    if (QPushButton *b = findChild<QPushButton *>(u"exportButton"_s))
        b->setEnabled(!outputPath().isEmpty());
}

void ExportDialog::browse()
{
    const auto e = exporter();
    QString path;
    if (e->writesFolder()) {
        path = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), outputPath());
    } else {
        path = QFileDialog::getSaveFileName(this, tr("Export"), outputPath(),
                                            tr("%1 (*.%2)").arg(e->description(), e->fileSuffix()));
        path = Export::pathForFormat(path, *e);
    }
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setPreviewArticleLimit(int limit)
{
    m_previewLimit = std::max(1, limit);
    updatePreview();
}

Export::ExportOptions ExportDialog::previewOptions(qsizetype *total) const
{
    Export::ExportOptions preview = options();
    QList<qint64> ids = preview.articleIds;
    if (ids.isEmpty()) {
        for (const Storage::ArticleSummary &a : m_project.articles())
            ids.append(a.id);
    }
    *total = ids.size();
    if (ids.size() > m_previewLimit)
        preview.articleIds = ids.mid(0, m_previewLimit);
    return preview;
}

void ExportDialog::updatePreview()
{
    // Detach the browser from the old report before it is replaced.
    m_preview->setDocument(m_plainDocument);
    m_previewDocument.reset();

    qsizetype total = 0;
    const Export::ExportOptions preview = previewOptions(&total);
    const qsizetype shown = std::min<qsizetype>(total, m_previewLimit);
    m_previewNote->setText(shown < total ? tr("The preview shows the first %1 of the %2 articles; the export has them all.")
                                               .arg(shown)
                                               .arg(total)
                                         : QString());
    m_previewNote->setVisible(shown < total);

    Export::ReportData data;
    Error error;
    const auto e = Export::ExporterRegistry::create(format(), preview);
    if (e && e->isReport()) {
        // Page one counts what the file will hold: every article is loaded, only the text of the
        // first ones is laid out.
        if (!Export::ReportData::fromProject(m_project, options(), &data, &error)) {
            m_plainDocument->setPlainText(error.message());
            return;
        }
        m_previewDocument = Export::reportDocument(data, m_previewLimit);
        m_preview->setDocument(m_previewDocument.get());
        return;
    }
    if (!e || !Export::ReportData::fromProject(m_project, preview, &data, &error)) {
        m_plainDocument->setPlainText(error.message());
        return;
    }
    // The other formats are shown as the text they write, written to a scratch folder.
    QTemporaryDir scratch;
    const QString target = scratch.filePath(e->writesFolder() ? u"preview"_s : u"preview."_s + e->fileSuffix());
    if (!scratch.isValid() || !e->write(data, target, &error)) {
        m_plainDocument->setPlainText(error ? error.message() : tr("No preview: no scratch folder."));
        return;
    }
    QString text;
    if (e->writesFolder()) {
        const QDir folder(target);
        const QStringList files = folder.entryList(QDir::Files, QDir::Name);
        text = Export::translateCounted("Parlance::Ui::ExportDialog", QT_TRANSLATE_N_NOOP("Parlance::Ui::ExportDialog", "%n file(s): "), int(files.size())) + files.join(u", "_s) + u"\n\n"_s;
        for (const QString &name : files)
            if (name.endsWith(u".ann"_s)) {
                text += headOf(folder.filePath(name), name);
                break;
            }
    } else if (format() == u"qdpx") {
        // A ZIP package: describe what the export will hold rather than showing bytes.
        Export::ReportData all;
        if (!Export::ReportData::fromProject(m_project, options(), &all, &error)) {
            m_plainDocument->setPlainText(error.message());
            return;
        }
        const Export::ReportCounts counts = all.counts();
        text = tr("A REFI-QDA project package (ZIP). Sources: %1; codes: %2; coded segments: %3.")
                   .arg(counts.articles)
                   .arg(all.categories.size())
                   .arg(counts.annotations);
    } else {
        text = headOf(target, QFileInfo(outputPath()).fileName());
    }
    m_plainDocument->setPlainText(text);
}

bool ExportDialog::exportNow()
{
    const QString path = outputPath();
    const auto e = exporter();
    Error error;
    if (!path.isEmpty() && Export::exportProject(m_project, *e, options(), path, &error)) {
        Q_EMIT exported(path);
        return true;
    }
    const QString message = path.isEmpty() ? tr("Choose where to save the export.") : error.message();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), message, QMessageBox::Ok, this);
    box->setObjectName(u"exportError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

} // namespace Parlance::Ui
