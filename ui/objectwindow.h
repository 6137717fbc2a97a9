#pragma once

#include "objectrow.h"
#include "rowmerge.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace ocpi {

// The objects a page has read so far, as the node thread remembers them: key, stored bytes and
// source name, no parsed JSON (the bytes are shared with the page's rows, not copied).
struct HeldObject
{
    QString identity;
    StoredObject stored;
    QString source;
};
using HeldObjects = std::vector<HeldObject>;

// What changed in a page's objects since it last read them. Computed in the node thread from the
// rows held before (ObjectWindow::held), so the GUI thread replays a few steps instead of merging
// every row it holds: with 100,000 objects read, a refresh that finds nothing changed costs the
// window nothing.
struct ObjectDelta
{
    RowSteps<ObjectRow> steps;               // JSON parsed (in the node thread) for these rows only
    std::shared_ptr<const HeldObjects> held; // the rows after the steps, for the next read
    QStringList owners;                      // owner parties of the rows held, sorted
    int ours = 0;                            // rows held that are ours
    bool more = false;                       // more objects are stored than are held
    qint64 changeMark = -1;                  // ObjectService::changeMark, read before the objects
};

namespace objectwindow {

// The rows held, in stored order, brought to `fresh` (a whole re-read of the same window).
ObjectDelta replace(const HeldObjects &before, const ObjectListing &fresh);
// `page` (the objects after the last one held, in stored order) added at the end.
ObjectDelta append(const HeldObjects &before, const ObjectListing &page);

} // namespace objectwindow

} // namespace ocpi
