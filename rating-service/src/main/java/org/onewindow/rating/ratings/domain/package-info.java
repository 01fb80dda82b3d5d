/** 好差评: who may rate which case at which stage and the ratings themselves (一次一评); plain Java. */
package org.onewindow.rating.ratings.domain;
