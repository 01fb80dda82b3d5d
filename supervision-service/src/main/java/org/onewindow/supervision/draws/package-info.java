/** Random inspection draws (双随机一公开): holders and inspectors picked reproducibly from a recorded seed. */
package org.onewindow.supervision.draws;
