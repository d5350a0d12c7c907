package dev.wharf.samples.chat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everyone connected to this worker. It lives in this process's memory only: another worker has a
 * room of its own and never hears of this one. Safe to use from every connection's thread at once.
 */
final class ChatRoom {

    private final long pid;
    private final Set<Member> members = ConcurrentHashMap.newKeySet();
    private final AtomicInteger guests = new AtomicInteger();

    ChatRoom(long pid) {
        this.pid = pid;
    }

    long pid() {
        return pid;
    }

    /** A name for someone who gave none: {@code guest-1}, {@code guest-2}, ... per worker. */
    String guestName() {
        return "guest-" + guests.incrementAndGet();
    }

    /** Tells everyone else, then lets {@code member} hear what follows. */
    void join(Member member) {
        broadcast(ChatEvents.joined(pid, member.name(), members.size() + 1));
        members.add(member);
    }

    void leave(Member member) {
        if (members.remove(member)) {
            broadcast(ChatEvents.left(pid, member.name(), members.size()));
        }
    }

    int size() {
        return members.size();
    }

    /** Hands {@code event} to every member's outbox; nobody waits for a slow reader. */
    void broadcast(String event) {
        for (Member member : members) {
            member.deliver(event);
        }
    }
}
