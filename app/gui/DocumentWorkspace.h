// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

namespace Continuity {

class PlanDocument;

// Everything the window builds on one open document: its pages, item models and analysis
// controller. The window puts the pages where they go (holders, docks, splitters); the
// workspace owns them and deletes them, last made first, when it goes, which is always before
// the document goes (MainWindow declares the workspace after the document, and resets it
// first when the document changes). A page therefore never outlives what it shows, whoever
// its Qt parent is by then (docs/decisions/sanitizers.md).
class DocumentWorkspace
{
public:
    explicit DocumentWorkspace(PlanDocument *document)
        : m_document(document)
    {}
    ~DocumentWorkspace()
    {
        // Last made first: a page goes before the controller and models it uses.
        for (auto it = m_owned.rbegin(); it != m_owned.rend(); ++it)
            delete it->data();
    }
    DocumentWorkspace(const DocumentWorkspace &) = delete;
    DocumentWorkspace &operator=(const DocumentWorkspace &) = delete;

    PlanDocument *document() const { return m_document; }

    // Takes ownership of `object` (a page, a model, the analysis controller) and returns it.
    template <typename T> T *adopt(T *object)
    {
        m_owned.emplace_back(object);
        return object;
    }

private:
    PlanDocument *m_document;
    std::vector<QPointer<QObject>> m_owned;
};

} // namespace Continuity
