// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"

#include <QList>

namespace Parlance::Import {

/// The sample articles bundled in the resources (:/parlance/samples/), written for Parlance in the style
/// of wire-service coverage. The first line of each file is its headline, which is also its title;
/// the text is kept whole.
QList<Model::Article> bundledSamples();

} // namespace Parlance::Import
