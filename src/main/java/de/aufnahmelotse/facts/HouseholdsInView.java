package de.aufnahmelotse.facts;

import java.util.List;

/**
 * The households of the request taken together: how many there are and how many persons they count (null while a
 * household's size is not given). Built by the service from {@code households[]} so that rules need no
 * {@code accumulate}: Drools 10.2 can miss an accumulate's update once its segment is split by a later package
 * (apache/incubator-kie#7109, fixed after 10.2.0), which reused sessions would expose.
 */
public class HouseholdsInView {
    private int count;
    private Integer persons;

    public HouseholdsInView() {
    }

    public static HouseholdsInView of(List<Household> households) {
        HouseholdsInView v = new HouseholdsInView();
        v.count = households.size();
        int sum = 0;
        for (Household h : households) {
            if (h.getSize() == null) {
                v.persons = null;
                return v;
            }
            sum += h.getSize();
        }
        v.persons = sum;
        return v;
    }

    public int getCount() {
        return count;
    }

    public Integer getPersons() {
        return persons;
    }

    @Override
    public String toString() {
        return "HouseholdsInView(" + count + ", " + persons + ")";
    }
}
