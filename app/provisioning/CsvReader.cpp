#include "provisioning/CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
};
} // namespace

bool CsvReader::parse(const QByteArray &data, QVector<Row> *rows, QString *error)
{
    rows->clear();
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Find the first line with an invalid sequence so the operator can fix it.
        int line = 1;
        const QList<QByteArray> lines = bytes.split('\n');
        for (const QByteArray &l : lines) {
            QStringDecoder probe(QStringDecoder::Utf8);
            const QString decoded = probe(l);
            Q_UNUSED(decoded)
            if (probe.hasError())
                break;
            ++line;
        }
        *error = CsvText::tr("The file is not UTF-8 text (first bad byte on line %1). Save it as "
                             "\"CSV UTF-8\" and try again.")
                     .arg(line);
        return false;
    }

    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    auto endField = [&] {
        row.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().isEmpty();
        if (!blank)
            rows->append(row);
        row = Row{};
        row.line = line;
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n that follows ends the row.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *error
            = CsvText::tr("A quoted field that starts on line %1 is never closed.").arg(row.line);
        return false;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return true;
}

QString CsvReader::escape(const QString &field)
{
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"'))
        || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))) {
        QString quoted = field;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return field;
}
