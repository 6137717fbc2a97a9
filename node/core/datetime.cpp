#include "datetime.h"


#include <cstdio>

namespace ocpi {

namespace {

class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text) {}

    bool number(int minDigits, int maxDigits, int *out)
    {
        int value = 0;
        int count = 0;
        while (count < maxDigits && m_pos < m_text.size() && m_text[m_pos].isDigit()) {
            value = value * 10 + m_text[m_pos].digitValue();
            ++m_pos;
            ++count;
        }
        *out = value;
        return count >= minDigits;
    }

    bool literal(QChar c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    void skip(qsizetype count) { m_pos += count; }
    QStringView rest() const { return m_text.mid(m_pos); }
    bool atEnd() const { return m_pos == m_text.size(); }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<QDateTime> parseDateTime(QStringView text)
{
    Scanner in(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    // Month and day may have one digit: the spec itself writes the epoch as 1970-1-1 (CDR-19).
    if (!in.number(4, 4, &year) || !in.literal(u'-') || !in.number(1, 2, &month)
        || !in.literal(u'-') || !in.number(1, 2, &day) || !in.literal(u'T')
        || !in.number(2, 2, &hour) || !in.literal(u':') || !in.number(2, 2, &minute)
        || !in.literal(u':') || !in.number(2, 2, &second)) {
        return std::nullopt;
    }
    int millis = 0;
    if (in.literal(u'.')) {
        // Any number of fraction digits is allowed; Qt keeps milliseconds, the rest is dropped.
        const QStringView rest = in.rest();
        qsizetype digits = 0;
        while (digits < rest.size() && rest[digits].isDigit())
            ++digits;
        if (digits == 0)
            return std::nullopt;
        for (qsizetype i = 0; i < 3; ++i)
            millis = millis * 10 + (i < digits ? rest[i].digitValue() : 0);
        in.skip(digits);
    }
    if (!in.atEnd()) {
        const QStringView zone = in.rest();
        if (zone != u"Z" && zone != u"+00:00" && zone != u"-00:00")
            return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

QString formatDateTime(const QDateTime &value)
{
    const QDateTime utc = value.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[32];
    if (t.msec() == 0) {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02dZ", d.year(), d.month(),
                      d.day(), t.hour(), t.minute(), t.second());
    } else {
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(),
                      d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    }
    return QString::fromLatin1(buffer);
}

} // namespace ocpi
