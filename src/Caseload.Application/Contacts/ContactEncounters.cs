using Caseload.Application.Common;
using Caseload.Application.Fhir;
using Caseload.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using R4 = Hl7.Fhir.Model;

namespace Caseload.Application.Contacts;

/// <summary>
/// The contact log as FHIR Encounters (ADR 0053): every contact actually achieved, with its time (UTC, with offset), duration and
/// channel. Attempts that did not reach the citizen are not encounters and stay out. The note, the place and the participants are
/// free text in the team's own working notes (journalnotat) and stay in Caseload: the receiving record gets that the contact took
/// place, how and when — a conservative choice, written down in docs/fhir-mapping.md.
/// </summary>
public sealed class ContactEncounters(ICaseloadDbContext db) : IFhirContributor
{
    public async Task ContributeAsync(FhirExportContext export, CancellationToken ct)
    {
        var contacts = await db.ContactLog.AsNoTracking().Where(c => c.CitizenId == export.Citizen.Id && c.Achieved)
            .OrderBy(c => c.OccurredAt).Select(c => new { c.Id, c.OccurredAt, c.Channel, c.DurationMinutes }).ToListAsync(ct);
        foreach (var c in contacts)
        {
            var encounter = new R4.Encounter
            {
                Status = R4.Encounter.EncounterStatus.Finished,
                Class = ClassOf(c.Channel),
                Subject = export.Patient,
                Period = new R4.Period
                {
                    StartElement = FhirCodes.Instant(c.OccurredAt),
                    EndElement = c.DurationMinutes is { } minutes ? FhirCodes.Instant(c.OccurredAt.AddMinutes(minutes)) : null,
                },
            };
            encounter.Type.Add(FhirCodes.Concept(FhirCodes.ContactChannel, Code(c.Channel), c.Channel.Danish()));
            if (c.DurationMinutes is { } length)
                encounter.Length = new R4.Duration { Value = length, Unit = "min", System = FhirCodes.Ucum, Code = "min" };
            export.Add(c.Id.ToString(), encounter);
        }
    }

    /// <summary>HL7 v3 ActCode: home visit → HH, at a drop-in centre or the office → AMB, phone, sms, e-mail, letter → VR (not in
    /// person); through the network and other have no ActCode we can vouch for, so Caseload's own code.</summary>
    public static R4.Coding ClassOf(ContactChannel channel) => channel switch
    {
        ContactChannel.HomeVisit => new R4.Coding(FhirCodes.ActCode, "HH", "home health"),
        ContactChannel.DropInCentre or ContactChannel.OfficeMeeting => new R4.Coding(FhirCodes.ActCode, "AMB", "ambulatory"),
        ContactChannel.Phone or ContactChannel.Sms or ContactChannel.Email or ContactChannel.Letter => new R4.Coding(FhirCodes.ActCode, "VR", "virtual"),
        _ => new R4.Coding(FhirCodes.ContactChannel, Code(channel), channel.Danish()),
    };

    public static string Code(ContactChannel channel) => channel switch
    {
        ContactChannel.HomeVisit => "home-visit",
        ContactChannel.DropInCentre => "drop-in-centre",
        ContactChannel.Phone => "phone",
        ContactChannel.Sms => "sms",
        ContactChannel.Letter => "letter",
        ContactChannel.Email => "email",
        ContactChannel.ViaNetwork => "via-network",
        ContactChannel.OfficeMeeting => "office-meeting",
        _ => "other",
    };
}
