using Caseload.Application.Common;
using Caseload.Application.CourseEvents;
using Caseload.Domain.Contacts;
using Caseload.Domain.CourseEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Caseload.Application.Contacts;

/// <summary>The contact log's events: contact achieved or attempted, and where (ADR 0024).</summary>
public sealed class ContactEventSource(ICaseloadDbContext db) : ICourseEventSource
{
    public ValueTask<IReadOnlyList<CourseEventDraft>> FromChangesAsync(IReadOnlyList<EntityEntry> changes, CancellationToken ct)
        => ValueTask.FromResult<IReadOnlyList<CourseEventDraft>>(changes.Added<ContactLogEntry>().Select(Draft).ToList());

    public async Task<IReadOnlyList<CourseEventDraft>> FromStoredRowsAsync(IReadOnlyList<Guid> citizenIds, CancellationToken ct)
        => (await db.ContactLog.AsNoTracking().Where(c => citizenIds.Contains(c.CitizenId)).ToListAsync(ct)).Select(Draft).ToList();

    private static CourseEventDraft Draft(ContactLogEntry c)
        => new(c.Achieved ? CourseEventTypes.ContactAchieved : CourseEventTypes.ContactAttempted, c.CitizenId, null, c.OccurredAt, c.AuthorId,
            new CourseEventPayload(SubjectId: c.Id, Code: PlaceOf(c.Channel), Number: c.DurationMinutes, Flag: c.NetworkTookPart));

    /// <summary>The place codes shared with the outreach engine's contact attempts: the one mapping from a channel to
    /// a setting, which the fidelity figures read (home/community = DACTS's in vivo).</summary>
    public static string PlaceOf(ContactChannel channel) => channel switch
    {
        ContactChannel.HomeVisit => ContactPlaces.Home,
        ContactChannel.DropInCentre => ContactPlaces.Community,
        ContactChannel.OfficeMeeting => ContactPlaces.Office,
        ContactChannel.Phone or ContactChannel.Sms => ContactPlaces.Phone,
        ContactChannel.Letter or ContactChannel.Email => ContactPlaces.Written,
        ContactChannel.ViaNetwork => ContactPlaces.Network,
        _ => ContactPlaces.Other,
    };
}

/// <summary>Where a contact took place, as the event log's code.</summary>
public static class ContactPlaces
{
    public const string Home = "home";
    public const string Community = "community";
    public const string Office = "office";
    public const string Phone = "phone";
    public const string Written = "written";
    public const string Network = "network";
    public const string Other = "other";

    /// <summary>In the citizen's home or community (DACTS S1).</summary>
    public static bool IsInVivo(string? place) => place is Home or Community;

    /// <summary>Met in person: in vivo or at the office (DACTS S4, S5).</summary>
    public static bool IsFaceToFace(string? place) => IsInVivo(place) || place == Office;

    /// <summary>The channels that meet the citizen in person, for queries on the contact log.</summary>
    public static readonly IReadOnlyList<ContactChannel> FaceToFaceChannels =
        Enum.GetValues<ContactChannel>().Where(c => IsFaceToFace(ContactEventSource.PlaceOf(c))).ToList();
}
