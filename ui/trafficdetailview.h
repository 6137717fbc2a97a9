#pragma once

#include "traffic/trafficrecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace ocpi {

// One exchange of the request log in full: a summary line, then the request and the response side
// by side, each as headers followed by the body (JSON pretty-printed).
class TrafficDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficDetailView(QWidget *parent = nullptr);

    void showRecord(const TrafficRecord &record);
    // Nothing selected, or the entry is gone (pruned): `message` says which.
    void showMessage(const QString &message);

    QString summaryText() const;
    QString requestText() const;
    QString responseText() const;

    // Headers, a blank line, then the body: JSON indented, anything else as received.
    static QString messageText(const QByteArray &headers, const QByteArray &body);
    static QString prettyBody(const QByteArray &body);

private:
    QLabel *m_summary;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
};

} // namespace ocpi
