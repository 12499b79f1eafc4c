// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "model/article.h"

#include <QList>

namespace Parley::Import {

/// The sample articles bundled in the resources (:/parley/samples/), written for Parley in the style
/// of wire-service coverage. The first line of each file is its headline, which is also its title;
/// the text is kept whole.
QList<Model::Article> bundledSamples();

} // namespace Parley::Import
