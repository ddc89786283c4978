package io.github.rectification.ledger.domain;

import java.util.List;
import java.util.Objects;

/**
 * A department of the directory (机构名录): its name once, the other names it is written by
 * (办公室 = 局办公室 = 办), and whom to send its part of the ledger to.
 */
public record Department(long id, String name, List<String> aliases, String contact, String email) {
    public Department {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        contact = contact == null ? "" : contact;
        email = email == null ? "" : email;
    }
}
