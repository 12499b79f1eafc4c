// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"

#include <QPlainTextEdit>

namespace Parley::Ui {

/// Shows one article's text, read-only, with paragraphs kept. The view never edits the text:
/// annotations point into it.
class ArticleView final : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Model::Article &article);
    const Model::Article &article() const { return m_article; }

private:
    Model::Article m_article;
};

} // namespace Parley::Ui
