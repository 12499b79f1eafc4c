// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"

#include <QList>

namespace Parlance::Import {

/// The sample articles bundled in the resources (:/parlance/samples/), written for Parlance in the style
/// of wire-service and broadsheet coverage. The first line of each file is its headline; a `.txt`
/// sample's title is that line, a `.md` sample's title, outlet and date come from its front matter
/// (a series on one commitment over two months, for the commitment threads). The text is kept whole.
QList<Model::Article> bundledSamples();

} // namespace Parlance::Import
