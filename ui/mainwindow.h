// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"

#include <QMainWindow>

namespace Parley::Ui {

class ArticleView;
struct GuiOptions;

/// The main window: the reading area with its panels, menus and toolbar.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens what the command line asked for (the bundled sample when no project is named).
    bool openStartupContent(const GuiOptions &options, QString *errorText);

    /// Shows one article in the reading area.
    void showArticle(const Model::Article &article);

    ArticleView *articleView() const { return m_view; }

private:
    void createActions();

    ArticleView *m_view = nullptr;
};

} // namespace Parley::Ui
