package gg.pickban.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How much a player likes each role: 0 = does not play it, 1 = favourite … 5 = least favourite.
 * Values are not range-checked. Every user has exactly one set.
 */
@Embeddable
public class Positions {

    @Column(name = "pos_carry", nullable = false)
    private int carry;

    @Column(name = "pos_mid", nullable = false)
    private int mid;

    @Column(name = "pos_offlane", nullable = false)
    private int offlane;

    @Column(name = "pos_soft_support", nullable = false)
    private int softSupport;

    @Column(name = "pos_hard_support", nullable = false)
    private int hardSupport;

    public int carry() {
        return carry;
    }

    public int mid() {
        return mid;
    }

    public int offlane() {
        return offlane;
    }

    public int softSupport() {
        return softSupport;
    }

    public int hardSupport() {
        return hardSupport;
    }

    public void set(int carry, int mid, int offlane, int softSupport, int hardSupport) {
        this.carry = carry;
        this.mid = mid;
        this.offlane = offlane;
        this.softSupport = softSupport;
        this.hardSupport = hardSupport;
    }
}
