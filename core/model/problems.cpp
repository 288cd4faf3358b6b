// SPDX-License-Identifier: GPL-3.0-or-later
// The English texts of the refusal and rejection codes, as the machine-readable report prints
// them.

#include "problems.h"

namespace vitrine {

std::string rejectionText(Rejection reason, const std::string &detail)
{
    switch (reason) {
    case Rejection::NotJsonObject:
        return "not a JSON object";
    case Rejection::InvalidUtf8:
        return "invalid UTF-8";
    case Rejection::LineTooLong:
        return "line longer than 1 MiB";
    case Rejection::TimeMissing:
        return "t is missing";
    case Rejection::TimeInvalid:
        return "t is not an RFC 3339 date-time";
    case Rejection::KindMissing:
        return "kind is missing";
    case Rejection::KindUnknown:
        return "kind is not one of sent, received, shared, stored";
    case Rejection::DataMissing:
        return "data is missing";
    case Rejection::DataNotStringOrArray:
        return "data is not a string or an array of strings";
    case Rejection::DataEmpty:
        return "data is empty";
    case Rejection::DataItemUnknown:
        return "data item \"" + detail + "\" is neither a category id nor a Vehicle. signal path";
    case Rejection::ToMissing:
        return "to is missing (required for sent, received and shared)";
    case Rejection::ToInvalid:
        return "to is not a host name, an IP address or org:ID";
    case Rejection::ViaInvalid:
        return "via is not a host name, an IP address or org:ID";
    case Rejection::BytesInvalid:
        return "bytes is not an integer >= 0";
    case Rejection::CountInvalid:
        return "count is not an integer >= 1";
    case Rejection::BytesOverMaximum:
        return "bytes is over the maximum of 10^15";
    case Rejection::CountOverMaximum:
        return "count is over the maximum of 10^12";
    case Rejection::ChannelUnknown:
        return "channel is not one of cellular, wifi, bluetooth, usb, obd, v2x, satellite";
    case Rejection::BasisUnknown:
        return "basis is not one of consent, contract, legal_obligation, legitimate_interest, "
               "vital_interest";
    case Rejection::PurposeNotString:
        return "purpose is not a string";
    case Rejection::ConsentNotString:
        return "consent is not a string";
    case Rejection::DatasetNotJson:
        return "dataset " + detail + " is not a JSON object";
    case Rejection::DatasetNoData:
        return "dataset " + detail + " has no Data list";
    case Rejection::XmlDoctype:
        return detail + " declares a document type (DTD), which is not read";
    case Rejection::XmlBroken: {
        const std::size_t tab = detail.find('\t');
        if (tab == std::string::npos)
            return detail + " is not well-formed XML";
        return detail.substr(0, tab) + " is not well-formed XML from line " +
               detail.substr(tab + 1);
    }
    case Rejection::XmlTooDeep:
        return detail + " nests its elements too deep";
    case Rejection::FileNotJson:
        return detail + " is not JSON";
    }
    return "rejected";
}

std::string refusalText(const RefusalInfo &info)
{
    std::string where = info.position > 0 ? std::string(positionUnitId(info.unit)) + " " +
                                                std::to_string(info.position) + ": "
                                          : "";
    switch (info.code) {
    case Refusal::None:
        return {};
    case Refusal::CannotOpen:
        return "cannot open the file: " + info.detail;
    case Refusal::NotRegularFile:
        return "not an ordinary file: a folder, a device or a pipe";
    case Refusal::UnknownFormat:
        return "not a kind of file Vitrine reads";
    case Refusal::SeveralLogs:
        return "several logs in one archive or folder: import them one by one";
    case Refusal::SeveralVehicles:
        return where + "deliveries of two cars (" + info.detail + "): import each car on its own";
    case Refusal::TooLarge:
        return "larger than a file of this kind can be";
    case Refusal::ReadError:
        return "cannot read the file: " + info.detail;
    case Refusal::GzipDamaged:
        return "the compressed file is damaged: " + info.detail;
    case Refusal::NoHeader:
        return "no header: the file has no line that is not blank";
    case Refusal::HeaderNotObject:
        return where + "the header is not a JSON object";
    case Refusal::NotVdfl:
        return where + "vdfl is missing: this is not a VDFL file";
    case Refusal::NewerVersion:
        return where + "made by a newer version of the format (vdfl " + info.detail +
               "); this program reads version 1";
    case Refusal::BadVersion:
        return where + "vdfl is not the integer 1";
    case Refusal::VinMissing:
        return where + "vehicle.vin is missing";
    case Refusal::VinInvalid:
        return where + "\"" + info.detail +
               "\" is not a valid VIN (17 letters and digits, without I, O and Q)";
    case Refusal::HeaderFieldInvalid:
        return where + "the header field " + info.detail + " is not valid";
    }
    return where + "refused";
}

std::string_view entryProblemText(EntryProblem problem)
{
    switch (problem) {
    case EntryProblem::UnsafeName:
        return "unsafe name (.., an absolute path or control characters): not read";
    case EntryProblem::Encrypted:
        return "encrypted: needs a password";
    case EntryProblem::TooLarge:
        return "larger than an entry may be";
    case EntryProblem::RatioTooHigh:
        return "expands far more than data does (a zip bomb)";
    case EntryProblem::TooManyEntries:
        return "too many entries: the rest was not read";
    case EntryProblem::TooDeep:
        return "archives nested too deep";
    case EntryProblem::TotalTooLarge:
        return "the archive holds more than can be read: the rest was not read";
    case EntryProblem::Damaged:
        return "damaged";
    }
    return "not read";
}

} // namespace vitrine
