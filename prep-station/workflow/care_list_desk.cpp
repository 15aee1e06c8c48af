// SPDX-License-Identifier: GPL-3.0-or-later
#include "prep-station/workflow/care_list_desk.h"

namespace prep::station {

Result<db::CareAssignmentRecord> CareListDesk::assign(const db::Actor& who, const std::string& nurse,
                                                      const std::string& patientIpp)
{
    return change(who, nurse, patientIpp, db::CareAssignmentRecord::Change::Assigned);
}

Result<db::CareAssignmentRecord> CareListDesk::end(const db::Actor& who, const std::string& nurse,
                                                   const std::string& patientIpp)
{
    return change(who, nurse, patientIpp, db::CareAssignmentRecord::Change::Ended);
}

Result<db::CareAssignmentRecord> CareListDesk::change(const db::Actor& who, const std::string& nurse,
                                                      const std::string& patientIpp,
                                                      db::CareAssignmentRecord::Change change)
{
    if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Admin},
                                   say(QT_TRANSLATE_NOOP("Message", "change a nurse's care list")));
        !allowed)
        return allowed.error();
    auto user = m_ctx.users().find(nurse);
    if (!user)
        return fromDb(user.error());
    if (user->role != db::Role::Nurse)
        return makeError(Error::Kind::Invalid,
                         say(QT_TRANSLATE_NOOP("Message", "%1 is not a nurse: only nurses have a care list"), nurse));
    auto patient = m_ctx.patients().getByIpp(patientIpp);
    if (!patient)
        return makeError(Error::Kind::NotFound,
                         say(QT_TRANSLATE_NOOP("Message", "no patient with IPP %1"), patientIpp));
    auto covered = m_ctx.careLists().covers(user->userId, patient->id);
    if (!covered)
        return fromDb(covered.error());
    const bool assigning = change == db::CareAssignmentRecord::Change::Assigned;
    if (*covered == assigning)
        return makeError(
            Error::Kind::Refused,
            assigning ? say(QT_TRANSLATE_NOOP("Message", "patient %1 is already in the care of %2"), patientIpp, nurse)
                      : say(QT_TRANSLATE_NOOP("Message", "patient %1 is not in the care of %2"), patientIpp, nurse));
    db::CareAssignmentRecord record;
    record.nurseId = user->userId;
    record.patientId = patient->id;
    record.change = change;
    auto stored = m_ctx.careLists().add(who, m_ctx.now(), record);
    if (!stored)
        return fromDb(stored.error());
    return *stored;
}

Result<std::vector<db::PatientRecord>> CareListDesk::patientsOf(const db::Actor& who, const std::string& nurse)
{
    if (who.username != nurse)
        if (auto allowed = requireRole(who, {db::Role::Pharmacist, db::Role::Admin},
                                       say(QT_TRANSLATE_NOOP("Message", "see another nurse's care list")));
            !allowed)
            return allowed.error();
    auto user = m_ctx.users().find(nurse);
    if (!user)
        return fromDb(user.error());
    auto ids = m_ctx.careLists().patientsOf(user->userId);
    if (!ids)
        return fromDb(ids.error());
    std::vector<db::PatientRecord> out;
    for (auto id : *ids) {
        auto patient = m_ctx.patients().get(id);
        if (!patient)
            return fromDb(patient.error());
        out.push_back(*patient);
    }
    return out;
}

} // namespace prep::station
