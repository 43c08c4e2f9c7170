// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection.h"

#include <QStringList>

#include <memory>

namespace twinatlas {

/**
 * Makes projections from the ids stored in settings and given on the command line, so that
 * no caller names a concrete projection class and a new one needs adding only here.
 */
class ProjectionRegistry
{
public:
    ProjectionRegistry() = delete;

    /** Every id, in the order the projection menu lists them. */
    static QStringList ids();
    /** The projection a new user sees. */
    static QString defaultId();
    /** A new projection with that id, or nullptr for an unknown id. */
    static std::unique_ptr<Projection> create(const QString &id);
};

} // namespace twinatlas
