// SPDX-License-Identifier: GPL-2.0-or-later
#include "articleview.h"

namespace Parley::Ui {

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("ArticleView"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont reading = font();
    reading.setPointSizeF(reading.pointSizeF() * 1.15);
    setFont(reading);
    // Comfortable reading: a margin around the text block.
    document()->setDocumentMargin(24);
}

void ArticleView::setArticle(const Model::Article &article)
{
    m_article = article;
    setPlainText(article.text);
}

} // namespace Parley::Ui
