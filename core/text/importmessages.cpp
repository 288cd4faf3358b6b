// SPDX-License-Identifier: GPL-3.0-or-later
// Every importer's refusals and rejections told in the reader's language: one translated text
// per stable code, whatever format the input was.

#include "importmessages.h"

#include <QCoreApplication>

namespace vitrine {

QString rejectionMessage(Rejection reason, const std::string &detail)
{
    switch (reason) {
    case Rejection::NotJsonObject:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "This line is not a readable record.");
    case Rejection::InvalidUtf8:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "This line holds characters that are not valid text.");
    case Rejection::LineTooLong:
        return QCoreApplication::translate("vitrine::Rejection", "This line is longer than 1 MB.");
    case Rejection::TimeMissing:
        return QCoreApplication::translate("vitrine::Rejection", "The time (t) is missing.");
    case Rejection::TimeInvalid:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The time (t) is not a valid date and time.");
    case Rejection::KindMissing:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The kind of event (kind) is missing.");
    case Rejection::KindUnknown:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The kind of event (kind) is unknown.");
    case Rejection::DataMissing:
        return QCoreApplication::translate("vitrine::Rejection", "The data (data) is missing.");
    case Rejection::DataNotStringOrArray:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The data (data) is neither text nor a list of texts.");
    case Rejection::DataEmpty:
        return QCoreApplication::translate("vitrine::Rejection", "The data (data) is empty.");
    case Rejection::DataItemUnknown:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The data item \"%1\" is not a known kind of data.")
            .arg(QString::fromStdString(detail));
    case Rejection::ToMissing:
        return QCoreApplication::translate("vitrine::Rejection", "The recipient (to) is missing.");
    case Rejection::ToInvalid:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The recipient (to) is not a valid address.");
    case Rejection::ViaInvalid:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The intermediary (via) is not a valid address.");
    case Rejection::BytesInvalid:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The size (bytes) is not a whole number of 0 or more.");
    case Rejection::CountInvalid:
        return QCoreApplication::translate(
            "vitrine::Rejection",
            "The number of events (count) is not a whole number of 1 or more.");
    case Rejection::BytesOverMaximum:
        return QCoreApplication::translate(
            "vitrine::Rejection",
            "The size (bytes) is larger than a log can hold: over 10^15 (1 PB).");
    case Rejection::CountOverMaximum:
        return QCoreApplication::translate(
            "vitrine::Rejection",
            "The number of events (count) is larger than a log can hold: over 10^12.");
    case Rejection::ChannelUnknown:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The connection (channel) is unknown.");
    case Rejection::BasisUnknown:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The legal basis (basis) is unknown.");
    case Rejection::PurposeNotString:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The purpose (purpose) is not text.");
    case Rejection::ConsentNotString:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The consent (consent) is not text.");
    case Rejection::DatasetNotJson:
        return QCoreApplication::translate("vitrine::Rejection", "The dataset %1 cannot be read.")
            .arg(QString::fromStdString(detail));
    case Rejection::DatasetNoData:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "The dataset %1 holds no list of data.")
            .arg(QString::fromStdString(detail));
    case Rejection::XmlDoctype:
        return QCoreApplication::translate(
                   "vitrine::Rejection",
                   "%1 declares a document type. Vitrine does not read such files.")
            .arg(QString::fromStdString(detail));
    case Rejection::XmlBroken: {
        const QString text = QString::fromStdString(detail);
        const qsizetype tab = text.indexOf(u'\t');
        if (tab < 0)
            return QCoreApplication::translate("vitrine::Rejection", "%1 is damaged.").arg(text);
        return QCoreApplication::translate(
                   "vitrine::Rejection",
                   "%1 is damaged from line %2 on. What came before was read.")
            .arg(text.left(tab), text.mid(tab + 1));
    }
    case Rejection::XmlTooDeep:
        return QCoreApplication::translate("vitrine::Rejection",
                                           "%1 is nested too deep to be read.")
            .arg(QString::fromStdString(detail));
    case Rejection::FileNotJson:
        return QCoreApplication::translate("vitrine::Rejection", "The file %1 cannot be read.")
            .arg(QString::fromStdString(detail));
    }
    return QCoreApplication::translate("vitrine::Rejection", "This line was rejected.");
}

QString refusalMessage(const RefusalInfo &info, const QString &fileName)
{
    const QString detail = QString::fromStdString(info.detail);
    QString reason;
    switch (info.code) {
    case Refusal::None:
        return {};
    case Refusal::CannotOpen:
        reason = QCoreApplication::translate("vitrine::Refusal", "The file cannot be opened (%1).")
                     .arg(detail);
        break;
    case Refusal::NotRegularFile:
        reason = QCoreApplication::translate(
            "vitrine::Refusal",
            "This is not an ordinary file: it is a folder, a device or a pipe.");
        break;
    case Refusal::UnknownFormat:
        reason = QCoreApplication::translate(
            "vitrine::Refusal",
            "Vitrine does not know this kind of file. It reads car data logs (VDFL), the "
            "Volkswagen group's EU Data Act exports and BMW CarData archives.");
        break;
    case Refusal::SeveralVehicles:
        reason = QCoreApplication::translate(
                     "vitrine::Refusal",
                     "This holds the data of two cars (%1). Please import each car on its own.")
                     .arg(detail);
        break;
    case Refusal::TooLarge:
        reason = QCoreApplication::translate("vitrine::Refusal",
                                             "The file is larger than a file of this kind can be.");
        break;
    case Refusal::SeveralLogs:
        reason = QCoreApplication::translate(
            "vitrine::Refusal", "This holds several logs. Please import them one by one.");
        break;
    case Refusal::ReadError:
        reason = QCoreApplication::translate("vitrine::Refusal", "The file cannot be read (%1).")
                     .arg(detail);
        break;
    case Refusal::GzipDamaged:
        reason = QCoreApplication::translate("vitrine::Refusal", "The compressed file is damaged.");
        break;
    case Refusal::NoHeader:
        reason = QCoreApplication::translate("vitrine::Refusal",
                                             "The file is empty: it has no header line.");
        break;
    case Refusal::HeaderNotObject:
        reason = QCoreApplication::translate("vitrine::Refusal",
                                             "The first line is not a valid header.");
        break;
    case Refusal::NotVdfl:
        reason =
            QCoreApplication::translate("vitrine::Refusal", "This is not a car data log (VDFL).");
        break;
    case Refusal::NewerVersion:
        reason = QCoreApplication::translate(
                     "vitrine::Refusal",
                     "The file was made by a newer version of the format (%1). Please "
                     "update Vitrine.")
                     .arg(detail);
        break;
    case Refusal::BadVersion:
        reason = QCoreApplication::translate("vitrine::Refusal",
                                             "The format version in the header is not valid.");
        break;
    case Refusal::VinMissing:
        reason = QCoreApplication::translate(
            "vitrine::Refusal", "The header gives no vehicle identification number (VIN).");
        break;
    case Refusal::VinInvalid:
        reason =
            QCoreApplication::translate(
                "vitrine::Refusal", "\"%1\" is not a valid vehicle identification number (VIN).")
                .arg(detail);
        break;
    case Refusal::HeaderFieldInvalid:
        reason =
            QCoreApplication::translate("vitrine::Refusal", "The header field %1 is not valid.")
                .arg(detail);
        break;
    }
    if (info.position > 0) {
        switch (info.unit) {
        case PositionUnit::Line:
            return QCoreApplication::translate("vitrine::Refusal", "%1, line %2: %3")
                .arg(fileName)
                .arg(info.position)
                .arg(reason);
        case PositionUnit::Dataset:
            return QCoreApplication::translate("vitrine::Refusal", "%1, dataset %2: %3")
                .arg(fileName)
                .arg(info.position)
                .arg(reason);
        case PositionUnit::Entry:
            return QCoreApplication::translate("vitrine::Refusal", "%1, entry %2: %3")
                .arg(fileName)
                .arg(info.position)
                .arg(reason);
        case PositionUnit::Item:
            return QCoreApplication::translate("vitrine::Refusal", "%1, item %2: %3")
                .arg(fileName)
                .arg(info.position)
                .arg(reason);
        }
    }
    return QCoreApplication::translate("vitrine::Refusal", "%1: %2").arg(fileName, reason);
}

QString entryProblemMessage(const SkippedEntry &skipped)
{
    const QString name = QString::fromStdString(skipped.name);
    switch (skipped.problem) {
    case EntryProblem::UnsafeName:
        return QCoreApplication::translate(
                   "vitrine::EntryProblem",
                   "%1: this name points outside the archive. It was not read.")
            .arg(name);
    case EntryProblem::Encrypted:
        return QCoreApplication::translate("vitrine::EntryProblem",
                                           "%1 is protected by a password. Vitrine cannot read it.")
            .arg(name);
    case EntryProblem::TooLarge:
        return QCoreApplication::translate("vitrine::EntryProblem", "%1 is too large to be read.")
            .arg(name);
    case EntryProblem::RatioTooHigh:
        return QCoreApplication::translate(
                   "vitrine::EntryProblem",
                   "%1 unpacks to far more than real data does. It was not read.")
            .arg(name);
    case EntryProblem::TooManyEntries:
        return QCoreApplication::translate(
            "vitrine::EntryProblem", "The archive holds too many files. The rest was not read.");
    case EntryProblem::TooDeep:
        return QCoreApplication::translate(
                   "vitrine::EntryProblem",
                   "%1 holds archives inside archives too deep. It was not read.")
            .arg(name);
    case EntryProblem::TotalTooLarge:
        return QCoreApplication::translate(
            "vitrine::EntryProblem", "The archive holds too much data. The rest was not read.");
    case EntryProblem::Damaged:
        if (name.isEmpty())
            return QCoreApplication::translate(
                "vitrine::EntryProblem",
                "The archive is damaged. What came before the damage was read.");
        return QCoreApplication::translate("vitrine::EntryProblem",
                                           "%1 is damaged. What came before the damage was read.")
            .arg(name);
    }
    return name;
}

} // namespace vitrine
