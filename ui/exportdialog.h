// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "export/exporter.h"

#include <QDialog>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTextBrowser;
class QTextDocument;

namespace Parlance::Storage {
class Project;
}

namespace Parlance::Ui {

/// File > Export: the format, which articles, which annotations, the options of the format and the
/// output path, with a preview of what would be written. The writing itself is Export::exportProject,
/// the same as `parlance export`.
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Scope { All, Selected, Open };

    /// `selectedIds`: the articles selected in the list; `openIds`: the ones in the reading area.
    ExportDialog(const Storage::Project &project, const QList<qint64> &selectedIds, const QList<qint64> &openIds,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    QString format() const;
    void setFormat(const QString &formatName);
    Export::ExportOptions options() const;
    QString outputPath() const;

    QComboBox *formatBox() const { return m_format; }
    QRadioButton *scopeButton(Scope scope) const;
    QCheckBox *suggestionsBox() const { return m_suggestions; }
    QCheckBox *byteOrderMarkBox() const { return m_bom; }
    QCheckBox *darkThemeBox() const { return m_dark; }
    QLineEdit *pathEdit() const { return m_path; }
    /// The report's title; empty: the project's (see Export::ReportData::TitleSetting).
    QLineEdit *titleEdit() const { return m_title; }
    QTextBrowser *preview() const { return m_preview; }
    /// Says which articles the preview shows when it does not show them all.
    QLabel *previewNote() const { return m_previewNote; }
    /// The preview shows at most this many articles, so that it stays quick on a large project
    /// (the export itself has them all).
    void setPreviewArticleLimit(int limit);
    QDialogButtonBox *buttons() const { return m_buttons; }

    /// Writes the export; on failure shows the message and stays open.
    bool exportNow();

Q_SIGNALS:
    /// After a successful export, with the path written.
    void exported(const QString &path);

private:
    void formatChanged();
    void browse();
    void updatePreview();
    /// options() for the first articles only (see setPreviewArticleLimit()); `total` is how many
    /// articles the export has.
    Export::ExportOptions previewOptions(qsizetype *total) const;
    void updateButtons();
    std::unique_ptr<Export::Exporter> exporter() const;

    const Storage::Project &m_project;
    QList<qint64> m_selectedIds;
    QList<qint64> m_openIds;
    QComboBox *m_format = nullptr;
    QLabel *m_description = nullptr;
    QButtonGroup *m_scope = nullptr;
    QCheckBox *m_suggestions = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_dark = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_title = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    int m_previewLimit = 3;
    QDialogButtonBox *m_buttons = nullptr;
    QTextDocument *m_plainDocument = nullptr;         ///< the text of the non-report formats, owned by m_preview
    std::unique_ptr<QTextDocument> m_previewDocument; ///< the report, shown by m_preview (not owned there)
};

} // namespace Parlance::Ui
